// Takes docs/workshop.png, the README's picture of the workshop: the built Storybook's own UI
// (sidebar, toolbars, addon panel) showing a page story, in the Debian Chromium, headless.
//
//   npm run build-storybook && node scripts/workshop-picture.mjs
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.STORIES_PORT ?? 6007);
const storyId = process.env.STORY ?? 'pages-customers-customer-list--loaded';
const server = await serveStatic(join(root, 'storybook-static'), port);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumFlags,
});
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await page.goto(`http://127.0.0.1:${port}/?path=/story/${storyId}`, { waitUntil: 'load' });
  const story = page.frameLocator('#storybook-preview-iframe');
  // The story's own final state: the customer table and the signed-in user in the shell.
  await story.getByRole('table', { name: 'Customers' }).waitFor({ timeout: 60_000 });
  await story.getByRole('button', { name: /^Signed in as / }).waitFor({ timeout: 60_000 });
  // The Interactions panel says the play function passed.
  await page.getByRole('tab', { name: /Interactions/ }).click();
  await page
    .getByText(/^Pass$|^Passed$/i)
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(root, 'docs', 'workshop.png') });
  console.log(`docs/workshop.png: ${storyId} in the workshop's UI`);
} finally {
  await browser.close();
  server.close();
}
