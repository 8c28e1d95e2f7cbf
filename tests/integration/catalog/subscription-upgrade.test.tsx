import { configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

stubLayout();

const contoso = seededGuid('customer:contosooutdoor');

// These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

async function card(name: string) {
  return (await screen.findByRole('heading', { name })).closest('.fui-Card') as HTMLElement;
}

// One test per file: Fluent's focus manager keeps per-window state across tests in the test DOM.
describe('subscriptions', { timeout: 45_000 }, () => {
  it('notes that an add-on can be removed by support after upgrading its base to a SKU that includes it', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    const base = await card('Office 365 E3');
    await user.click(await within(base).findByRole('button', { name: 'Upgrade options' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade Office 365 E3' });
    expect(dialog).toHaveTextContent(
      'Office 365 E5 already includes Teams Phone Standard. After upgrading, the add-on Teams Phone Standard can be removed through a support request, filed within the first two billing cycles',
    );
  });
});
