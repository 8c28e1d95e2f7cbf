import type { Page } from '@playwright/test';
import { expect, test, expectNoSeriousA11yViolations, trackConsoleErrors } from './support';

/** API calls answered by anything but the mock's worker, that is by the real host. */
function trackCallsOutsideTheMock(page: Page): string[] {
  const answered: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/v1/') && !response.fromServiceWorker()) {
      answered.push(`${response.status()} ${url.pathname}`);
    }
  });
  return answered;
}

test('the app loads and the service-worker mock answers in a real browser', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  const apiCall = page.waitForResponse(
    // The plain customer count (Home also asks for the screening work-list count).
    (response) =>
      response.url().includes('/v1/customers') &&
      !response.url().includes('screening=') &&
      response.status() === 200,
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const response = await apiCall;
  // Called at Partner Center's documented host, and answered in the page by the service worker.
  expect(new URL(response.url()).origin).toBe('https://api.partnercenter.microsoft.com');
  expect(response.fromServiceWorker()).toBe(true);
  // The body is the mock's Partner Center collection.
  expect(await response.json()).toMatchObject({ totalCount: 40, attributes: { objectType: 'Collection' } });
  await expect(page.getByText('40', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(errors).toEqual([]);
});

test('every later page load is served by the mock from its first request, and no API call reaches the host', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const answeredOutsideTheMock = trackCallsOutsideTheMock(page);
  // Read as the document starts, before any of the app's scripts: was the page born controlled?
  await page.addInitScript(() => {
    Object.assign(window, { controlledFromTheStart: navigator.serviceWorker.controller !== null });
  });
  const controlledFromTheStart = () =>
    page.evaluate(() => (window as unknown as { controlledFromTheStart: boolean }).controlledFromTheStart);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 30_000 });
  // What the page sees when the user stays after the unsaved-changes prompt, or while a slow navigation
  // has not committed yet: `beforeunload` has fired and the page goes on calling the API.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeunload')));
  await page.getByRole('navigation').getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.locator('.fui-Skeleton')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Astana Retail Group' })).toBeVisible();
  // Full page loads in the same tab, each one unloading the page before (where MSW says goodbye to
  // its worker), then a reload and a step back through history.
  for (const path of ['/customers', '/catalog', '/announcements', '/settings/account/users', '/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    expect(await controlledFromTheStart(), path).toBe(true);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 30_000 });
  expect(await controlledFromTheStart(), 'reload').toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/\/settings\/account\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  expect(await controlledFromTheStart(), 'back').toBe(true);
  await expect(page.locator('.fui-Skeleton')).toHaveCount(0, { timeout: 30_000 });
  expect(answeredOutsideTheMock).toEqual([]);
});

test('a first visit is answered without a reload, and a reload that bypasses the worker recovers', async ({
  page,
}) => {
  // Counts the documents this tab loaded: a reload by the mock would show up as one more.
  await page.addInitScript(() => {
    const loads = Number(sessionStorage.getItem('documentLoads') ?? 0) + 1;
    sessionStorage.setItem('documentLoads', String(loads));
  });
  const documentLoads = () => page.evaluate(() => Number(sessionStorage.getItem('documentLoads')));
  const workerAnswered: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/v1/') && response.fromServiceWorker()) {
      workerAnswered.push(response.url());
    }
  });

  // The entry registers the worker before the mock's code arrives; the mock waits for it to take
  // the page over instead of reloading a page it finds registered but uncontrolled. A worker script
  // slow to arrive makes sure the mock's code is ready while the worker is still on its way. Its
  // bytes are left as they are: a changed script would make the update check MSW asks for find a
  // newer worker, which takes the page over at an unknown moment (the next test does that on purpose).
  const workerScript = /\/mockServiceWorker\.js$/;
  await page.context().route(workerScript, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/customers/0d9455da-3f16-4a5d-af05-a3f2f17e2f2d/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Outdoor Supply' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await documentLoads()).toBe(1);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
  expect(workerAnswered.length).toBeGreaterThan(0);

  await page.context().unroute(workerScript);

  // Shift+Reload: the document and its requests bypass the worker, so the page starts uncontrolled
  // although a worker is active. It is taken over (by a claim, or by the mock reloading it once)
  // and the page works.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.reload', { ignoreCache: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Outdoor Supply' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
});

test('a newer mock worker taking the page over answers its calls, none reaching the real host', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const takeovers = { count: 0 };
    // MSW asks for an update check when it starts; the test asks for it later, once the page is
    // quiet, so that the newer worker takes over at a known moment.
    const { update } = ServiceWorkerRegistration.prototype;
    Object.assign(window, { takeovers, checkForUpdate: update });
    ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
      return Promise.resolve(this);
    };
    navigator.serviceWorker.addEventListener('controllerchange', () => (takeovers.count += 1));
  });
  const answeredOutsideTheMock = trackCallsOutsideTheMock(page);
  // The first install gets a script that differs from the one the server has, so the update check
  // finds a newer worker, as after a deploy. It skips waiting and takes the page over.
  const workerScript = /\/mockServiceWorker\.js$/;
  await page.context().route(workerScript, async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: `// an older build\n${await original.text()}` });
  });
  await page.goto('/customers/0d9455da-3f16-4a5d-af05-a3f2f17e2f2d/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Outdoor Supply' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.fui-Skeleton')).toHaveCount(0, { timeout: 30_000 });
  await page.context().unroute(workerScript);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const { checkForUpdate } = window as unknown as { checkForUpdate: ServiceWorkerRegistration['update'] };
    if (registration) await checkForUpdate.call(registration);
  });
  const takeovers = () =>
    page.evaluate(() => (window as unknown as { takeovers: { count: number } }).takeovers.count);
  // The first worker's claim, then the newer worker's.
  await expect.poll(takeovers, { timeout: 30_000 }).toBe(2);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Contoso Outdoor Supply' })).toBeVisible({ timeout: 30_000 });
  expect(answeredOutsideTheMock).toEqual([]);
});

test('a reload is answered without waiting for the browser to re-check the worker script', async ({
  page,
}) => {
  const customerName = page.getByRole('heading', { level: 1, name: 'Contoso Outdoor Supply' });
  await page.goto('/customers/0d9455da-3f16-4a5d-af05-a3f2f17e2f2d/account');
  await expect(customerName).toBeVisible({ timeout: 30_000 });

  // Registering a worker that is already registered resolves only when the browser has fetched its
  // script again to look for a newer one. On the first reload after an install that check took
  // 2–3 s here, and the mock waited for it. The browser makes that request itself, outside the page,
  // so neither page.route nor the browser's DevTools session can hold it: here every check the page
  // asks for never ends, and the reload must be answered all the same.
  await page.addInitScript(() => {
    const checksAsked: string[] = [];
    Object.assign(window, { checksAsked });
    navigator.serviceWorker.register = (scriptURL) => {
      checksAsked.push(`register ${String(scriptURL)}`);
      return new Promise(() => {});
    };
    ServiceWorkerRegistration.prototype.update = () => {
      checksAsked.push('update');
      return new Promise(() => {});
    };
  });
  await page.reload();
  await expect(customerName).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // The check is still asked for (MSW asks without waiting), so a deployed worker reaches returning
  // visitors.
  expect(await page.evaluate(() => (window as unknown as { checksAsked: string[] }).checksAsked)).toContain(
    'update',
  );
});

const sections: { link: string; path: RegExp }[] = [
  { link: 'Home', path: /\/$/ },
  { link: 'Customers', path: /\/customers$/ },
  { link: 'Catalog', path: /\/catalog$/ },
  { link: 'Announcements', path: /\/announcements/ },
  { link: 'Account settings', path: /\/settings\/account/ },
];

for (const section of sections) {
  test(`the ${section.link} entry opens its page, free of serious accessibility violations`, async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section.link }).click();
    await expect(page).toHaveURL(section.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section.link }),
    ).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(page);
  });
}

test('a slow navigation shows the header progress bar until the page is there', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 30_000 });
  // The catalog page's code is held back until the bar has been seen; the bar's own chunk is not.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/catalog-route-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Catalog' }).click();
  const bar = page.getByRole('banner').getByRole('progressbar', { name: 'Loading page' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveCount(0);
});

test('an unknown URL shows the 404 page', async ({ page }) => {
  await page.goto('/definitely/not/here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe('after Reset demo data', () => {
  // Queries of records created before the reset are answered 404 once the seed is back.
  test.use({ expectedConsoleErrors: [/status of 404 \(Not Found\)/] });

  test('edits to the mock database survive a reload, and Reset demo data restores the seed', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByText('40', { exact: true })).toBeVisible();
    await page.evaluate(async () => {
      const response = await fetch('/v1/customers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo.user-ana-global-admin' },
        body: JSON.stringify({
          companyProfile: { domain: 'e2epersist' },
          billingProfile: {
            email: 'a@e2epersist.example',
            companyName: 'E2E Persist Ltd',
            culture: 'en-US',
            language: 'en',
            defaultAddress: {
              country: 'US',
              city: 'Reno',
              state: 'NV',
              addressLine1: '1 Main St',
              postalCode: '89501',
              firstName: 'A',
              lastName: 'B',
              phoneNumber: '+17755550100',
            },
          },
        }),
      });
      if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
    });
    await page.reload();
    await expect(page.getByText('41', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: /^Signed in as/ }).click();
    await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
    await expect(page.getByText('40', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText('40', { exact: true })).toBeVisible();
  });
});

test.describe('as roles the API refuses', () => {
  // The Sales agent and the developer-only user are refused some reads on purpose (403); Chromium
  // logs each refused request as a failed resource load.
  test.use({ expectedConsoleErrors: [/status of 403 \(Forbidden\)/] });

  test('switching the demo user changes what the API answers for', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Signed in as Ana Ruiz, Global admin' }).click();
    await page.getByRole('menuitemradio', { name: /Finn Okafor/ }).click();
    await expect(page.getByRole('button', { name: 'Signed in as Finn Okafor, Developer' })).toBeVisible();
    // A developer-only user may not read customers: the customer figure goes, the users figure stays.
    await expect(page.getByRole('heading', { name: 'Users in your organization' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Customers' })).toHaveCount(0);
    const status = await page.evaluate(
      async () =>
        (await fetch('/v1/customers', { headers: { Authorization: 'Bearer demo.user-finn-developer' } }))
          .status,
    );
    expect(status).toBe(403);
  });
});

test('a header menu loads on first use, opens from the keyboard with focus inside, and gives focus back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const trigger = page.getByRole('button', { name: 'Language: English' });
  await expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
  await trigger.focus();
  await page.keyboard.press('Enter');
  const english = page.getByRole('menuitemradio', { name: 'English' });
  await expect(english).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Français' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Language: English' })).toBeFocused();
});
