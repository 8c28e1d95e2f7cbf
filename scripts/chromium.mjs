/**
 * The Debian Chromium every browser run here uses (Playwright suite, story run, benches, pictures),
 * and the flags known to work on these machines. No browser is ever downloaded.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
