import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n';
import { AppProviders } from '@/app/providers';
import { useScreeningGate } from '@/features/customers';
import { createQueryClient } from '@/lib/query-client';
import { setFaults } from '@/mocks/faults';
import { customerIdByName } from './helpers';

/** A stand-in for the catalog's "Buy" button: the way the catalog feature will call the gate. */
function BuyButton({ customerId }: { customerId: string }) {
  const { guard, element } = useScreeningGate();
  const [bought, setBought] = useState(0);
  return (
    <>
      <button type="button" onClick={() => void guard(customerId, () => setBought((n) => n + 1))}>
        Buy
      </button>
      <output aria-label="purchases">{bought}</output>
      {element}
    </>
  );
}

function renderGate(customerId: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <BuyButton customerId={customerId} /> },
      { path: '/customers/:customerId/account', element: <h1>Account page</h1> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <AppProviders queryClient={createQueryClient({ backoffBaseMs: 1 })} i18n={createI18n('en')}>
      <Suspense fallback="loading">
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>,
  );
  return { user: userEvent.setup(), router };
}

describe('screening gate (useScreeningGate)', () => {
  it('stops a Kazakhstan customer missing both INN and phone, names both, and links to the account page', async () => {
    const id = await customerIdByName('Astana Retail Group');
    const { user, router } = renderGate(id);
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Screening information is missing' });
    const missing = within(dialog).getByRole('list');
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Organization INN (legal identifier)', 'Phone number']);
    expect(screen.getByRole('status', { name: 'purchases' })).toHaveTextContent('0');

    const link = within(dialog).getByRole('link', { name: 'Open the account page of Astana Retail Group' });
    expect(link).toHaveAttribute('href', `/customers/${id}/account`);
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${id}/account`));
  });

  it('names only the phone when the INN is there (Brest Agro Holding, Belarus)', async () => {
    const { user } = renderGate(await customerIdByName('Brest Agro Holding'));
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Phone number']);
  });

  it('names only the INN when the phone is there (Baikonur Analytics, Kazakhstan)', async () => {
    const { user } = renderGate(await customerIdByName('Baikonur Analytics'));
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Organization INN (legal identifier)']);
  });

  it('lets a complete screening-country customer proceed without a dialog', async () => {
    const { user } = renderGate(await customerIdByName('Steppe Mining JSC'));
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'purchases' })).toHaveTextContent('1'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('lets a customer outside the screening countries proceed even without INN and phone', async () => {
    const { user } = renderGate(await customerIdByName('Fabrikam Health'));
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'purchases' })).toHaveTextContent('1'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('does not proceed when the check itself fails, says so, and proceeds after a retry', async () => {
    const id = await customerIdByName('Steppe Mining JSC');
    setFaults({ serverErrors: true });
    const { user } = renderGate(id);
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 3000 });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/could not be checked/);
    expect(screen.getByRole('status', { name: 'purchases' })).toHaveTextContent('0');

    setFaults({ serverErrors: false });
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'purchases' })).toHaveTextContent('1'));
  });
});
