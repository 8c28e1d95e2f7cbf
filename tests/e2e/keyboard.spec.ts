import type { Locator, Page } from '@playwright/test';
import { seededGuid } from '../../src/mocks/db/seed-ids';
import { expect, test } from './support';

/**
 * Three jobs done with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape; the URL only to
 * start). Every stop of the focus must be visible, and dialogs keep focus inside, then give it back.
 */

const slow = { timeout: 30_000 };

/**
 * The focused element shows a focus indicator: an outline, or Fluent's focus ring (`::after` border).
 * Polled briefly: Fluent marks keyboard focus (`data-fui-focus-visible`) just after the focus moves,
 * and an input's underline grows from zero width in a short transition.
 */
async function expectFocusVisible(page: Page) {
  await expect.poll(() => focusIndicator(page), { timeout: 2_000 }).toBe('visible');
}

function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'nothing focused';
    // A drawn border on any side: Fluent's inputs underline the field (`::after` bottom border,
    // scaled from 0 to full width on focus), its buttons draw a whole ring.
    const bordered = (style: CSSStyleDeclaration) =>
      ['top', 'right', 'bottom', 'left'].some(
        (side) =>
          style.getPropertyValue(`border-${side}-style`) !== 'none' &&
          parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
      ) && !/^matrix\(0,/.test(style.transform);
    const visible = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (style.content !== 'none' && bordered(style)) ||
      style.boxShadow !== 'none';
    const own = getComputedStyle(element);
    const after = getComputedStyle(element, '::after');
    // Fluent draws the ring on the element or on a wrapper: inputs, dropdowns and comboboxes
    // underline (and outline) the field; a sortable header cell outlines the cell around its button.
    const ring = element.closest<HTMLElement>(
      '[data-fui-focus-within], .fui-Input, .fui-SearchBox, .fui-Textarea, .fui-Select, .fui-Dropdown, .fui-Combobox',
    );
    const ok =
      (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0) ||
      // Fluent's links show keyboard focus as a double underline.
      (own.textDecorationLine.includes('underline') && own.textDecorationStyle === 'double') ||
      own.boxShadow !== 'none' ||
      visible(after) ||
      (ring !== null && (visible(getComputedStyle(ring)) || visible(getComputedStyle(ring, '::after'))));
    return ok ? 'visible' : `no focus indicator on ${element.outerHTML.slice(0, 160)}`;
  });
}

/** Tabs (forward or back) until `target` has focus, checking the indicator at every stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let step = 0; step < max; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs round a dialog more times than it has stops: focus never leaves it. */
async function expectFocusTrapped(page: Page, dialog: Locator) {
  for (let step = 0; step < 15; step += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectFocusVisible(page);
  }
}

test('fix a customer’s INN and phone and save, by keyboard', async ({ page }) => {
  await page.goto('/customers?screening=missing');
  // Generous waits for a page's first load on a busy machine: waiting, not a speed goal.
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible(slow);
  const link = page.getByRole('link', { name: 'Astana Retail Group' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Account of Astana Retail Group' })).toBeVisible(
    slow,
  );

  const phone = page.getByRole('textbox', { name: /^Phone number/ });
  await tabTo(page, phone);
  await page.keyboard.type('+77172555001');
  const inn = page.getByRole('textbox', { name: /Organization INN/ });
  await tabTo(page, inn);
  await page.keyboard.type('96034000077');
  // Submitting an invalid INN: the error summary takes focus, and its link leads back to the field.
  const save = page.getByRole('button', { name: 'Save' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await tabTo(page, summary.getByRole('link', { name: /Organization INN/ }));
  await page.keyboard.press('Enter');
  await expect(inn).toBeFocused();
  await page.keyboard.type('7');
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Account of Astana Retail Group saved.').first()).toBeVisible();
  await expect(inn).toHaveValue('960340000777');
  await expect(phone).toHaveValue('+77172555001');
});

test('assign a commercial and a developer role to a user, by keyboard', async ({ page }) => {
  await page.goto('/settings/account/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible(slow);
  await tabTo(page, page.getByRole('searchbox'));
  await page.keyboard.type('devon');
  const link = page.getByRole('link', { name: 'Devon Lee' });
  await expect(link).toBeVisible(slow);
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Devon Lee' })).toBeVisible(slow);

  const billing = page.getByRole('checkbox', { name: 'Billing admin' });
  await tabTo(page, billing);
  await page.keyboard.press('Space');
  await expect(billing).toBeChecked();
  const developer = page.getByRole('checkbox', { name: 'Developer', exact: true });
  await tabTo(page, developer);
  await page.keyboard.press('Space');
  await expect(developer).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Devon Lee saved.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Billing admin' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Developer', exact: true })).toBeChecked();
});

test('buy an add-on after its base, by keyboard; the dialog traps focus and gives it back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const thames = seededGuid('customer:thamesanalytics');

  async function buy(sku: string, search: string) {
    await page.goto(`/catalog?customer=${thames}&q=${encodeURIComponent(search)}`);
    const table = page.getByRole('table', { name: 'Catalog SKUs' });
    const add = table.getByRole('button', { name: `Add ${sku} to cart`, exact: true });
    await expect(add).toBeVisible(slow);
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Add ${sku} to the cart` });
    await expect(dialog).toBeVisible();
    await expectFocusTrapped(page, dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Add to cart' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const cart = page.getByRole('button', { name: 'Cart (1)' });
    await tabTo(page, cart, { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Cart' })).toBeVisible(slow);
    const checkOut = page.getByRole('button', { name: 'Check out' });
    await expect(checkOut).toBeEnabled();
    await tabTo(page, checkOut);
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Order .* placed/)).toBeVisible();
  }

  await buy('Microsoft 365 Business Premium', 'business premium');
  await buy('Microsoft 365 Business Voice', 'business voice');
  await tabTo(page, page.getByRole('link', { name: 'View subscriptions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Microsoft 365 Business Voice' })).toBeVisible();
});
