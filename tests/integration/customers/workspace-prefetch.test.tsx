import { configure, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';
import { customerIdByName } from './helpers';

configure({ asyncUtilTimeout: 5000 });

const requested: string[] = [];
const record = ({ request }: { request: Request }) => {
  requested.push(new URL(request.url).pathname);
};
afterEach(() => {
  server.events.removeListener('request:start', record);
  requested.length = 0;
});

// Each tab's page mounts only once the workspace has its customer; its own data must not wait for that.
describe('customer workspace tabs on a direct visit', { timeout: 30_000 }, () => {
  it.each([
    ['account', '/profiles/billing', 'Account of Northwind Traders'],
    ['subscriptions', '/subscriptions', 'Subscriptions'],
    ['agreements', '/agreements', 'Agreements'],
    ['qualifications', '/qualifications', 'Qualifications'],
  ])('%s asks for its data while the customer is still on its way', async (tab, path, heading) => {
    const id = await customerIdByName('Northwind Traders');
    let release = () => {};
    const customerHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Answers nothing itself: once released, the request falls through to the mock's own handler.
    server.use(
      http.get(`*/v1/customers/${id}`, async () => {
        await customerHeld;
      }),
    );
    server.events.on('request:start', record);

    renderApp(`/customers/${id}/${tab}`);
    await waitFor(() => expect(requested).toContain(`/v1/customers/${id}${path}`));
    expect(screen.queryByRole('heading', { level: 1, name: 'Northwind Traders' })).not.toBeInTheDocument();

    release();
    expect(
      await screen.findByRole('heading', { level: 2, name: new RegExp(heading) }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });
});
