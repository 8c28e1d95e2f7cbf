import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@/mocks/faults';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { faultScenarios } from './fault-scenarios';

const astana = seededGuid('customer:astanaretail');

describe('customer account page under faults', { timeout: 40_000 }, () => {
  faultScenarios({
    url: `/customers/${astana}/account`,
    // The workspace's skeleton: the tab's own data arrives with the customer (its request goes out beside).
    loading: 'Loading…',
    ready: () =>
      screen.findByRole('heading', { level: 2, name: 'Account of Astana Retail Group' }, { timeout: 15_000 }),
    throttled: true,
  });

  it('a failed save keeps the form exactly as typed', async () => {
    const { user } = renderApp(`/customers/${astana}/account`);
    await screen.findByRole('heading', { level: 2, name: 'Account of Astana Retail Group' });
    const phone = screen.getByRole('textbox', { name: /^Phone number/ });
    const inn = screen.getByRole('textbox', { name: /Organization INN/ });
    await user.type(phone, '+77172555001');
    await user.type(inn, '960340000777');
    setFaults({ serverErrors: true });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Nothing was saved. Your entries are kept.')).toBeInTheDocument();
    expect(phone).toHaveValue('+77172555001');
    expect(inn).toHaveValue('960340000777');

    setFaults({ serverErrors: false, networkFailure: true });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/The service could not be reached/)).toBeInTheDocument();
    expect(phone).toHaveValue('+77172555001');
    expect(inn).toHaveValue('960340000777');
  });
});
