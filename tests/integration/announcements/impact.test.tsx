import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { november2020 } from '@/mocks/data/announcements';
import { getDb } from '@/mocks/db/database';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

/** The 11 countries of the November 2020 screening announcement. */
const screeningCountries = ['AM', 'AZ', 'BY', 'HU', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ', 'UA'];
const blank = (value: string | undefined) => !value || value.trim() === '';

function customersMissingScreening() {
  return getDb().customers.filter((customer) => {
    const address = customer.billingProfile?.defaultAddress;
    if (!address || !screeningCountries.includes(address.country)) return false;
    return blank(customer.companyProfile.organizationRegistrationNumber) || blank(address.phoneNumber);
  });
}

/** Customers in the E1 mid-market markets (Latin America, India, emerging Asia-Pacific) with no licence yet. */
function newToCloudInE1Markets() {
  return getDb().customers.filter((customer) => {
    const country = customer.billingProfile?.defaultAddress.country ?? '';
    const licences = getDb().subscribedSkus[customer.id] ?? [];
    return (
      ['BR', 'MX', 'IN', 'ID', 'VN'].includes(country) &&
      !licences.some((licence) => licence.capabilityStatus === 'Enabled')
    );
  });
}

/** Resolves once the mock has answered the entry's impact request. */
function impactAnswered(slug: string) {
  return new Promise<void>((resolve) => {
    const listener = ({ request }: { request: Request }) => {
      if (!new URL(request.url).pathname.endsWith(`/${slug}/impact`)) return;
      server.events.removeListener('response:mocked', listener);
      resolve();
    };
    server.events.on('response:mocked', listener);
  });
}

/** Opens an entry by its permalink (which expands it) and waits for its details. */
async function openEntry(slug: string, options?: Parameters<typeof renderApp>[1]) {
  const record = november2020.find((candidate) => candidate.slug === slug)!;
  const view = renderApp(`/announcements/2020-11/${slug}`, options);
  // The first page of the file waits for its lazy chunks to be transformed on a busy machine.
  const article = await screen.findByRole(
    'article',
    { name: options?.language === 'fr' ? record.title.fr : record.title.en },
    { timeout: 15_000 },
  );
  return { ...view, article };
}

const impactHeading = () => screen.queryByRole('heading', { name: /^Affects \d+ of your customers$/ });

const impactList = () => screen.findByRole('list', { name: 'Customers this announcement affects' });

afterEach(() => setNow(undefined));

describe('what an announcement means for your customers', () => {
  // Two visits, and the first test of the file pays for transforming the lazy pages.
  it('counts the screening entry from live data and links to the work list', async () => {
    const missing = customersMissingScreening();
    expect(missing.length).toBeGreaterThan(1);
    const { user } = await openEntry('enhanced-customer-screening');
    expect(
      await screen.findByRole('heading', { level: 3, name: `Affects ${missing.length} of your customers` }),
    ).toBeInTheDocument();
    // The work list narrowed to the entry's countries: the same customers as the count above.
    expect(screen.getByRole('link', { name: /work list of customers missing screening/ })).toHaveAttribute(
      'href',
      `/customers?screening=missing&countries=${screeningCountries.join(',')}`,
    );
    await user.click(await screen.findByRole('button', { name: `Show all ${missing.length}` }));
    const list = await impactList();
    const names = within(list)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names.sort()).toEqual(missing.map((c) => c.billingProfile?.companyName).sort());

    // Completing one customer's record takes it off the count on the next visit.
    const fixed = missing[0]!;
    fixed.companyProfile.organizationRegistrationNumber = '123456789012';
    fixed.billingProfile!.defaultAddress.phoneNumber = '+77001234567';
    cleanup();
    await openEntry('enhanced-customer-screening');
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: `Affects ${missing.length - 1} of your customers`,
      }),
    ).toBeInTheDocument();
  }, 60_000);

  it('lists the customers eligible for a promotion now, with the reason', async () => {
    setNow('2020-12-15T12:00:00Z');
    const eligible = newToCloudInE1Markets();
    expect(eligible.length).toBeGreaterThan(0);
    await openEntry('office-365-e1-mid-market-promo');
    expect(
      await screen.findByRole('heading', { level: 3, name: `Affects ${eligible.length} of your customers` }),
    ).toBeInTheDocument();
    const list = await impactList();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent).sort()).toEqual(
      eligible.map((c) => c.billingProfile?.companyName).sort(),
    );
    for (const item of items) expect(item).toHaveTextContent(/new to the Microsoft cloud/);

    // A licence bought since makes that customer no longer new to the cloud.
    const someLicences = Object.values(getDb().subscribedSkus).find((licences) =>
      licences.some((licence) => licence.capabilityStatus === 'Enabled'),
    );
    getDb().subscribedSkus[eligible[0]!.id] = structuredClone(someLicences ?? []);
    cleanup();
    const answered = impactAnswered('office-365-e1-mid-market-promo');
    await openEntry('office-365-e1-mid-market-promo');
    if (eligible.length > 1) {
      expect(
        await screen.findByRole('heading', {
          level: 3,
          name: `Affects ${eligible.length - 1} of your customers`,
        }),
      ).toBeInTheDocument();
    } else {
      // No customer left: the entry says nothing about impact.
      await answered;
      await waitFor(() => expect(impactHeading()).not.toBeInTheDocument());
    }
  });

  it('says nothing once a promotion is over, or for an entry about no customer', async () => {
    setNow('2022-01-10T12:00:00Z');
    let answered = impactAnswered('office-365-e1-mid-market-promo');
    const { article } = await openEntry('office-365-e1-mid-market-promo');
    await answered;
    expect(await within(article).findByRole('heading', { level: 3, name: 'Details' })).toBeInTheDocument();
    expect(impactHeading()).not.toBeInTheDocument();

    cleanup();
    answered = impactAnswered('api-throttling');
    const throttling = await openEntry('api-throttling');
    await answered;
    expect(
      await within(throttling.article).findByRole('heading', { level: 3, name: 'Details' }),
    ).toBeInTheDocument();
    expect(impactHeading()).not.toBeInTheDocument();
  });

  it('is said in French too', async () => {
    const missing = customersMissingScreening();
    await openEntry('enhanced-customer-screening', { language: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 3, name: `Concerne ${missing.length} de vos clients` }),
    ).toBeInTheDocument();
  });

  it('is not shown to a role that may not see customers', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(new URL(request.url).pathname));
    const { article } = await openEntry('enhanced-customer-screening', { userId: 'user-finn-developer' });
    expect(await within(article).findByRole('heading', { level: 3, name: 'Details' })).toBeInTheDocument();
    expect(impactHeading()).not.toBeInTheDocument();
    expect(requests.filter((path) => path.endsWith('/impact'))).toEqual([]);
    server.events.removeAllListeners('request:start');
  });
});
