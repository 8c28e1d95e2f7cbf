import type { Locator, Page } from '@playwright/test';
import { shell } from '../../src/app/i18n/shell';
import { common } from '../../src/components/i18n';
import { accountSettings } from '../../src/features/account-settings/i18n';
import { catalog } from '../../src/features/catalog/i18n';
import { subscriptions } from '../../src/features/subscriptions/i18n';
import { seededGuid } from '../../src/mocks/db/seed-ids';
import { expect, expectNoSeriousA11yViolations, test } from './support';

/**
 * axe (serious and critical) on every route and on every dialog, menu and popover, in English and
 * in French. Names come from the app's own resources, so the same walk runs in both languages.
 */

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const northwind = customer('northwindtraders');
const contoso = customer('contosooutdoor');

const routes = [
  '/',
  '/customers',
  '/customers?screening=missing',
  '/customers/new',
  `/customers/${northwind}/account`,
  `/customers/${northwind}/subscriptions`,
  '/catalog',
  `/catalog?customer=${contoso}`,
  `/catalog/CFQ7TTC0QW7C/0002?customer=${contoso}`,
  '/catalog/cart',
  '/announcements',
  '/announcements/2020-11/enhanced-customer-screening',
  '/settings/account/legal',
  '/settings/account/tenants',
  '/settings/account/identifiers',
  '/settings/account/users',
  '/settings/account/users/groups',
  `/settings/account/users/groups/${seededGuid('group:billing')}`,
  '/settings/account/users/apps',
  '/settings/account/users/user-ana-global-admin',
  '/no-such-page',
];

type Language = 'en' | 'fr';

async function openIn(page: Page, language: Language, url: string) {
  await page.addInitScript((lng) => localStorage.setItem('pd.language', lng), language);
  await page.goto(url);
  await settled(page);
}

/** The page's heading is there and nothing is loading any more (skeletons, spinners, progress). */
async function settled(page: Page) {
  // Generous: on a loaded machine a lazy page chunk can take a while; this is waiting, not timing.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.fui-Skeleton, .fui-Spinner, [role="progressbar"]')).toHaveCount(0, {
    timeout: 30_000,
  });
}

async function axeWith(page: Page, layer: Locator, context: string) {
  await expect(layer).toBeVisible();
  await expectNoSeriousA11yViolations(page, context);
}

for (const language of ['en', 'fr'] as const) {
  const sh = shell[language];
  const acc = accountSettings[language];
  const cat = catalog[language];
  const subs = subscriptions[language];
  const com = common[language];

  test.describe(`axe in ${language}`, () => {
    test(`every route is free of serious violations (${language})`, async ({ page }) => {
      // axe on 21 pages: minutes on a loaded 2-core machine. Waiting, not a speed goal.
      test.setTimeout(600_000);
      await openIn(page, language, routes[0] ?? '/');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const url of routes) {
        await page.goto(url);
        await settled(page);
        await expectNoSeriousA11yViolations(page, url);
      }
    });

    test(`the top bar's menus and the developer panel (${language})`, async ({ page }) => {
      test.setTimeout(300_000);
      await openIn(page, language, '/');
      const menus = [
        page.getByRole('button', { name: new RegExp(`^${sh.language.button.split('{{')[0]}`) }),
        page.getByRole('button', { name: new RegExp(`^${sh.theme.button.split('{{')[0]}`) }),
        page.getByRole('button', { name: sh.settingsMenu.button }),
        page.getByRole('button', { name: new RegExp(`^${sh.userMenu.button.split('{{')[0]}`) }),
      ];
      for (const trigger of menus) {
        await trigger.click();
        await axeWith(page, page.getByRole('menu'), `menu of ${await trigger.getAttribute('aria-label')}`);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('menu')).toHaveCount(0);
        await expect(trigger).toBeFocused();
      }
      await page.getByRole('button', { name: sh.devPanel.button }).click();
      await axeWith(page, page.getByRole('dialog', { name: sh.devPanel.title }), 'developer panel');
    });

    test(`account settings dialogs, with an error summary shown (${language})`, async ({ page }) => {
      test.setTimeout(300_000);
      await openIn(page, language, '/settings/account/users');
      await page.getByRole('button', { name: acc.users.add }).click();
      const addUser = page.getByRole('dialog', { name: acc.users.addTitle });
      await axeWith(page, addUser, 'add user');
      await addUser.getByRole('button', { name: acc.users.add }).click();
      const summary = addUser.getByRole('alert', { name: com.errorSummary.title });
      await expect(summary).toBeFocused();
      await axeWith(page, summary, 'add user, error summary');
      await page.keyboard.press('Escape');

      await page.goto('/settings/account/legal');
      await settled(page);
      await page.getByRole('button', { name: acc.legal.locations.add }).click();
      await axeWith(page, page.getByRole('dialog', { name: acc.legal.locations.addTitle }), 'add location');
      await page.keyboard.press('Escape');

      await page.goto('/settings/account/tenants');
      await settled(page);
      await page.getByRole('button', { name: acc.tenants.associate }).first().click();
      await axeWith(page, page.getByRole('dialog', { name: acc.tenants.associateTitle }), 'associate tenant');
      await page.keyboard.press('Escape');

      await page.goto('/settings/account/users/groups');
      await settled(page);
      await page.getByRole('button', { name: acc.groups.create }).click();
      await axeWith(page, page.getByRole('dialog', { name: acc.groups.createTitle }), 'create group');
      await page.keyboard.press('Escape');

      await page.goto('/settings/account/users/apps');
      await settled(page);
      await page.getByRole('button', { name: acc.apps.add }).click();
      await axeWith(page, page.getByRole('dialog', { name: acc.apps.addTitle }), 'add application');
      await page.keyboard.press('Escape');

      await page.goto('/settings/account/users/user-finn-developer');
      await settled(page);
      await page.getByRole('button', { name: acc.user.remove }).click();
      await axeWith(page, page.getByRole('alertdialog'), 'remove user');
      await page.keyboard.press('Escape');
    });

    test(`catalog dialogs and popovers (${language})`, async ({ page }) => {
      test.setTimeout(300_000);
      const voice = 'Microsoft 365 Business Voice';
      await openIn(page, language, `/catalog?customer=${northwind}&q=business%20voice`);
      const table = page.getByRole('table', { name: cat.table });
      await table
        .getByRole('button', { name: cat.addon.infoButton.replace('{{sku}}', voice), exact: true })
        .click();
      await axeWith(page, page.getByRole('dialog'), 'add-on popover');
      await page.keyboard.press('Escape');

      await table.getByRole('button', { name: cat.addToCart.buttonFor.replace('{{sku}}', voice) }).click();
      const add = page.getByRole('dialog', { name: cat.addToCart.title.replace('{{sku}}', voice) });
      await axeWith(page, add, 'add to cart');
      await page.keyboard.press('Escape');

      await table.getByRole('link', { name: voice, exact: true }).click();
      // Until the product page replaces the list, the list's add-on rows have the same button.
      await expect(page.getByRole('heading', { level: 1, name: voice })).toBeVisible({ timeout: 30_000 });
      await settled(page);
      await page.getByRole('button', { name: cat.addon.compatible }).click();
      await axeWith(
        page,
        page.getByRole('dialog', { name: cat.addon.compatibleTitle.replace('{{sku}}', voice) }),
        'compatible bases',
      );
      await page.keyboard.press('Escape');

      await page.goto(`/customers/${contoso}/subscriptions`);
      await settled(page);
      await page.getByRole('button', { name: subs.subscriptions.addLicences }).first().click();
      await axeWith(page, page.getByRole('dialog'), 'change quantity');
      await page.keyboard.press('Escape');
    });
  });
}
