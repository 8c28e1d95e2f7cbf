import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from '../catalog/layout-stubs';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const sakura = customer('sakuraprecision'); // JP, no MCA attestation
const contoso = customer('contosooutdoor'); // US, Office 365 E3 (Teams), no GCC qualification
const adatum = customer('adatumedu'); // US, no qualification; Education vetting approves it

stubLayout();
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

type User = ReturnType<typeof renderApp>['user'];

async function addToCart(user: User, sku: string) {
  await user.click(await screen.findByRole('button', { name: `Add ${sku} to cart` }));
  const dialog = await screen.findByRole('dialog', { name: `Add ${sku} to the cart`, hidden: true });
  await waitFor(() =>
    expect(within(dialog).getByRole('button', { name: 'Add to cart', hidden: true })).toBeEnabled(),
  );
  await user.click(within(dialog).getByRole('button', { name: 'Add to cart', hidden: true }));
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: `Add ${sku} to the cart` })).not.toBeInTheDocument(),
  );
}

describe('purchases and customer compliance', { timeout: 90_000 }, () => {
  it('checkout without an attestation is explained; recording the acceptance returns to the same cart, which then buys', async () => {
    setNow('2026-12-02T09:00:00Z');
    const { user, router } = renderApp(`/catalog?customer=${sakura}&q=business%20basic`);
    await screen.findByRole('table', { name: 'Catalog SKUs' });
    await addToCart(user, 'Microsoft 365 Business Basic');
    await user.click(await screen.findByRole('button', { name: 'Cart (1)' }));
    await user.click(await screen.findByRole('button', { name: 'Check out' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Microsoft Customer Agreement acceptance is missing');
    expect(alert).toHaveTextContent('Sakura Precision KK');
    await user.click(within(alert).getByRole('link', { name: 'Confirm customer acceptance' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${sakura}/agreements`));

    const form = await screen.findByRole('form', { name: 'Confirm customer acceptance' });
    await user.type(within(form).getByRole('textbox', { name: /^Contact first name/ }), 'Yui');
    await user.type(within(form).getByRole('textbox', { name: /^Contact last name/ }), 'Tanaka');
    await user.type(within(form).getByRole('textbox', { name: /^Contact email/ }), 'yui@sakura.example');
    await within(form).findByText('117a77b0-9360-443b-8795-c6dedc750cf9');
    await user.click(within(form).getByRole('button', { name: 'Confirm customer acceptance' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/catalog/cart'));
    expect(router.state.location.search).toBe(`?customer=${sakura}`);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Microsoft 365 Business Basic' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check out' }));
    expect(await screen.findByText(/^Order .* placed/)).toBeInTheDocument();
  });

  it('a GCC add-on cannot be added without an approved GCC qualification; the catalog says why and links to the qualifications', async () => {
    const { user, router } = renderApp(`/catalog?customer=${contoso}&q=gcc`);
    await screen.findByRole('table', { name: 'Catalog SKUs' });
    await user.click(
      await screen.findByRole('button', { name: 'Add Advanced Communications for GCC to cart' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Add Advanced Communications for GCC to the cart',
      hidden: true,
    });
    expect(
      await within(dialog).findByText(
        /only customers with an approved GCC qualification can buy it\. Contoso Outdoor Supply has no such qualification\./,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Add to cart', hidden: true })).toBeDisabled();
    await user.click(
      within(dialog).getByRole('link', {
        name: 'Open the qualifications of Contoso Outdoor Supply',
        hidden: true,
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${contoso}/qualifications`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Qualifications' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the catalog' })).toHaveAttribute(
      'href',
      `/catalog?customer=${contoso}&q=gcc`,
    );
  });

  it('an Education qualification goes In review → Approved on the page without reload, then the faculty SKU can be added', async () => {
    setNow('2026-12-02T09:00:00Z');
    const { user, router } = renderApp(`/customers/${adatum}/qualifications`);
    expect(
      await screen.findByText('Adatum Education District has no special qualification.'),
    ).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Request a qualification' });

    // Education needs its segment: the field says so and nothing is sent.
    await user.click(within(form).getByRole('radio', { name: 'Education' }));
    await user.click(within(form).getByRole('button', { name: 'Request qualification' }));
    expect(await within(form).findByText('This field is required.')).toBeInTheDocument();
    expect(within(form).getByText(/public libraries and public museums/)).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'K-12 (primary and secondary)' }));
    await user.type(
      within(form).getByRole('textbox', { name: /^Education website/ }),
      'https://adatum.example',
    );
    await user.click(within(form).getByRole('button', { name: 'Request qualification' }));
    const table = await screen.findByRole('table', { name: 'Customer qualifications' });
    expect(await within(table).findByRole('row', { name: /Education In review/ })).toBeInTheDocument();

    // Microsoft's answer arrives while the page is open.
    setNow('2026-12-02T09:01:00Z');
    expect(await within(table).findByRole('row', { name: /Education Approved/ })).toBeInTheDocument();
    // Announced from an effect after the row has been redrawn: on a loaded machine, a moment later.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Education: Approved'));

    await router.navigate(`/catalog?customer=${adatum}&q=faculty`);
    await screen.findByRole('table', { name: 'Catalog SKUs' });
    await addToCart(user, 'Microsoft Teams Rooms Premium for faculty');
  });

  it('a GCC request takes one of the partner’s validation codes from the list, which then shows one create fewer', async () => {
    const { user } = renderApp(`/customers/${contoso}/qualifications`);
    const form = await screen.findByRole('form', { name: 'Request a qualification' });
    await user.click(within(form).getByRole('radio', { name: 'Government Community Cloud (GCC)' }));
    const codes = await within(form).findByRole('region', { name: 'Your GCC validation codes' });
    expect(codes).toHaveTextContent('30571 Woodgrove Cloud SAS: 4 of 5 customers left');

    await user.click(within(codes).getByRole('button', { name: 'Use 30571' }));
    const field = within(form).getByRole('textbox', { name: /^GCC validation code/ });
    expect(field).toHaveValue('30571');
    expect(field).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Request qualification' }));
    const table = await screen.findByRole('table', { name: 'Customer qualifications' });
    expect(
      await within(table).findByRole('row', { name: /Government Community Cloud \(GCC\) In review/ }),
    ).toBeInTheDocument();

    // The form starts over; asking for GCC again lists the code with what it has left now.
    await user.click(within(form).getByRole('radio', { name: 'Government Community Cloud (GCC)' }));
    expect(
      await within(form).findByText('Woodgrove Cloud SAS: 3 of 5 customers left', { exact: false }),
    ).toBeInTheDocument();
  });

  it('once a qualification is requested the form is saved: leaving the tab at once asks nothing', async () => {
    // The partner's validation codes, read again after a GCC request, answer slowly this time.
    let codeReads = 0;
    server.use(
      http.get('*/v1/customers/all/validations', async () => {
        codeReads += 1;
        if (codeReads > 1) await new Promise((resolve) => setTimeout(resolve, 1500));
        return undefined;
      }),
    );
    const { user } = renderApp(`/customers/${contoso}/qualifications`);
    const form = await screen.findByRole('form', { name: 'Request a qualification' });
    await user.click(within(form).getByRole('radio', { name: 'Government Community Cloud (GCC)' }));
    const codes = await within(form).findByRole('region', { name: 'Your GCC validation codes' });
    await user.click(await within(codes).findByRole('button', { name: 'Use 30571' }));
    await user.click(within(form).getByRole('button', { name: 'Request qualification' }));
    const table = await screen.findByRole('table', { name: 'Customer qualifications' });
    await within(table).findByRole('row', { name: /Government Community Cloud \(GCC\) In review/ });

    await user.click(screen.getByRole('tab', { name: 'Agreements' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Agreements' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  });

  it('the faculty SKU is refused for a customer without an Education qualification', async () => {
    const { user } = renderApp(`/catalog?customer=${contoso}&q=faculty`);
    await screen.findByRole('table', { name: 'Catalog SKUs' });
    await user.click(
      await screen.findByRole('button', { name: 'Add Microsoft Teams Rooms Premium for faculty to cart' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: /Teams Rooms Premium for faculty/,
      hidden: true,
    });
    expect(
      await within(dialog).findByText(/only customers with an approved Education qualification can buy it/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Add to cart', hidden: true })).toBeDisabled();
  });
});
