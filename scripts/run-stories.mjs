// Runs every story of the static workshop in headless Chromium and compares page pictures.
//
//   npm run test:stories                 build the workshop, run every story, compare snapshots
//   npm run test:stories -- --update     same, but write the page pictures as the new baselines
//   npm run test:stories -- --no-build   reuse storybook-static/ as it is
//   npm run test:stories -- --filter=customer-list,home   only the stories whose id contains a text
//
// Each of STORY_WORKERS (default 2) browser contexts loads iframe.html once and takes the next
// story from a shared queue; stories are switched through the Storybook channel (a fresh page
// per story costs several seconds each). For every story: it renders, its play function
// passes, axe (run by the a11y addon after play) reports no serious or critical violation, and no
// console error or unhandled rejection happens. Page stories are photographed and compared with
// stories/__screenshots__/<story id>.png.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serveStatic } from './static-server.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'storybook-static');
const baselineDir = join(root, 'stories', '__screenshots__');
const outputDir = join(root, 'test-results', 'stories');

const args = process.argv.slice(2);
const update = args.includes('--update');
const build = !args.includes('--no-build');
const filters = (args.find((arg) => arg.startsWith('--filter='))?.slice('--filter='.length) ?? '')
  .split(',')
  .filter(Boolean);
const port = Number(process.env.STORIES_PORT ?? 6007);
const storyTimeoutMs = Number(process.env.STORY_TIMEOUT_MS ?? 45_000);

/** Pixels may differ this much per pixel (pixelmatch's YIQ threshold) … */
const pixelThreshold = 0.1;
/**
 * … and this many pixels may differ before it counts as changed. A share of the picture (0.1 %)
 * was allowed before, over 1,200 pixels on a page: a whole new line of text in a page header passed
 * unseen, and so did a price gaining its cents. Chromium draws the same page to the same pixels
 * here (a re-run encodes byte-identical files), so the allowance is only for a stray pixel.
 */
const maxChangedPixels = 8;
const isPageStory = (id) => id.startsWith('pages-');

const started = Date.now();

if (build) {
  console.log('== building the workshop (storybook build)');
  const result = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', staticDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const buildSeconds = (Date.now() - started) / 1000;

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => filters.length === 0 || filters.some((text) => entry.id.includes(text)));
if (stories.length === 0) {
  console.error(`No stories${filters.length > 0 ? ` match "${filters.join('", "')}"` : ''}.`);
  process.exit(1);
}

const server = await serveStatic(staticDir, port);
const baseUrl = `http://127.0.0.1:${port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    ...chromiumFlags,
    // A page in a background tab gets its timers throttled; both workers' pages must run at speed.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // Scrollbars take no width: a dialog's scroll lock (which hides the page's scrollbar) would
    // otherwise make the same page 15 px wider in one picture than in the next.
    '--hide-scrollbars',
  ],
});

/**
 * One worker = one browser context with one page that loads iframe.html once; stories are
 * switched through the Storybook channel. Contexts keep storage apart: the mock keeps its
 * database, session and faults in local/session storage, and its service worker per origin.
 */
async function openWorker() {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const worker = { context, page, problems: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium's own network log ("Failed to load resource: … 500") for a mocked API answer is
    // the state a story shows, not an error of the app; anything else counts.
    const url = message.location()?.url ?? '';
    if (
      message.text().startsWith('Failed to load resource') &&
      new URL(url, baseUrl).pathname.startsWith('/v1/')
    )
      return;
    // "Failed to load resource" names no URL in its text; the location does.
    worker.problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => worker.problems.push(`uncaught: ${error.message}`));

  await page.goto(`${baseUrl}/iframe.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean(globalThis.__STORYBOOK_PREVIEW__?.storyStoreValue));
  await page.evaluate(() => {
    const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
    const events = [];
    globalThis.__storyEvents = events;
    const plain = (value) => {
      try {
        return JSON.parse(JSON.stringify(value ?? null));
      } catch {
        return String(value);
      }
    };
    for (const name of [
      'storyRendered',
      'storyFinished',
      'storyErrored',
      'storyThrewException',
      'playFunctionThrewException',
      'storyMissing',
    ]) {
      channel.on(name, (...payload) =>
        events.push({
          name,
          at: performance.now(),
          payload: payload.map((item) => (item instanceof Error ? { message: item.message } : plain(item))),
        }),
      );
    }
  });
  return worker;
}

/** Axe findings worth failing for, without the moderate/minor ones a11y's panel also lists. */
function seriousViolations(finished) {
  const report = finished?.reporters?.find((reporter) => reporter.type === 'a11y');
  if (!report) return ['the a11y check did not run'];
  if (report.result?.error) return [`axe failed: ${JSON.stringify(report.result.error)}`];
  return (report.result?.violations ?? [])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `axe ${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
}

const shoot = (page, unstableText) =>
  page.screenshot({
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    // Request ids are new on every call: the box stays in the picture, its text does not. A story
    // names other text that changes on every run (e.g. the id of a record it creates).
    mask: [
      page.getByText(/^(Request id|Identifiant de requête)\s?:/),
      ...unstableText.map((pattern) => page.getByText(new RegExp(pattern))),
    ],
  });

const nextFrames = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(done))),
  );

/**
 * A picture of the page once it has stopped changing: a dialog that has just opened still moves
 * the layout (its scroll lock) after its own play function has seen it. A first picture equal to
 * the baseline is taken as it is; otherwise pictures are taken until two in a row are the same,
 * as Playwright's toHaveScreenshot does.
 */
async function settledPicture(page, id, unstableText) {
  const baselinePath = join(baselineDir, `${id}.png`);
  let previous = await shoot(page, unstableText);
  if (!update && existsSync(baselinePath) && readFileSync(baselinePath).equals(previous)) return previous;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await nextFrames(page);
    const next = await shoot(page, unstableText);
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

function compareWithBaseline(id, picture) {
  const baselinePath = join(baselineDir, `${id}.png`);
  if (update) {
    mkdirSync(baselineDir, { recursive: true });
    writeFileSync(baselinePath, picture);
    return [];
  }
  if (!existsSync(baselinePath))
    return [`no baseline picture ${baselinePath} (npm run test:stories -- --update writes it)`];
  const baseline = readFileSync(baselinePath);
  // Chromium encodes the same pixels to the same bytes: most pictures need no decoding at all.
  if (baseline.equals(picture)) return [];
  const actual = PNG.sync.read(picture);
  const expected = PNG.sync.read(baseline);
  mkdirSync(outputDir, { recursive: true });
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(join(outputDir, `${id}.actual.png`), picture);
    return [
      `picture is ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height} (test-results/stories/${id}.actual.png)`,
    ];
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, {
    threshold: pixelThreshold,
  });
  if (changed <= maxChangedPixels) return [];
  writeFileSync(join(outputDir, `${id}.actual.png`), picture);
  writeFileSync(join(outputDir, `${id}.diff.png`), PNG.sync.write(diff));
  return [`picture changed: ${changed} pixels differ (test-results/stories/${id}.diff.png)`];
}

async function runStory(worker, story) {
  const { page } = worker;
  worker.problems = [];
  const startedAt = await page.evaluate((storyId) => {
    globalThis.__storyEvents.length = 0;
    globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
    return performance.now();
  }, story.id);
  const done = await page
    .waitForFunction(
      (storyId) =>
        globalThis.__storyEvents.find(
          (event) =>
            ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing'].includes(event.name) &&
            (event.payload[0]?.storyId ?? storyId) === storyId,
        ) ?? null,
      story.id,
      { timeout: storyTimeoutMs, polling: 50 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  const events = await page.evaluate(() => globalThis.__storyEvents.slice());
  const failures = [];
  if (!done) failures.push(`did not finish within ${storyTimeoutMs / 1000} s`);
  for (const event of events) {
    if (event.name === 'playFunctionThrewException')
      failures.push(`play function failed: ${event.payload[0]?.message ?? JSON.stringify(event.payload)}`);
    if (event.name === 'storyThrewException')
      failures.push(`render threw: ${event.payload[0]?.message ?? JSON.stringify(event.payload)}`);
    if (event.name === 'storyErrored')
      failures.push(`story errored: ${event.payload[0]?.title ?? ''} ${event.payload[0]?.description ?? ''}`);
    if (event.name === 'storyMissing') failures.push('story missing from the build');
  }
  if (done?.name === 'storyFinished') failures.push(...seriousViolations(done.payload[0]));
  // Storybook emits storyRendered after the play function and storyFinished after axe.
  const rendered = events.find((event) => event.name === 'storyRendered');
  const timing = {
    play: rendered ? (rendered.at - startedAt) / 1000 : 0,
    axe: rendered && done ? (done.at - rendered.at) / 1000 : 0,
    picture: 0,
  };
  // A story may name console errors that are its subject (a route's error boundary reporting the
  // failure it shows); everything else still fails it.
  const workshop = await page.evaluate(
    async (storyId) =>
      (await globalThis.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId })).parameters.workshop ??
      {},
    story.id,
  );
  const allowed = workshop.expectedConsoleErrors ?? [];
  const problems = worker.problems.filter((problem) => !allowed.some((text) => problem.includes(text)));
  const pictureStarted = Date.now();
  if (failures.length === 0 && isPageStory(story.id)) {
    await page.evaluate(() => globalThis.document.fonts.ready);
    const picture = await settledPicture(page, story.id, workshop.unstableText ?? []);
    failures.push(...compareWithBaseline(story.id, picture));
    timing.picture = (Date.now() - pictureStarted) / 1000;
  }
  failures.push(...problems);
  return { failures, timing };
}

const workerCount = Math.max(1, Math.min(Number(process.env.STORY_WORKERS ?? 2), stories.length));
console.log(
  `== running ${stories.length} stories in ${chromiumPath}, ${workerCount} at a time` +
    `${update ? ' (updating baselines)' : ''}`,
);
const failed = [];
const timings = [];
let pictures = 0;
const runStarted = Date.now();
const queue = [...stories];

async function work() {
  const worker = await openWorker();
  for (let story = queue.shift(); story; story = queue.shift()) {
    const storyStarted = Date.now();
    const { failures, timing } = await runStory(worker, story);
    const seconds = (Date.now() - storyStarted) / 1000;
    timings.push({ story, seconds, ...timing });
    if (isPageStory(story.id)) pictures += 1;
    const detail =
      `${seconds.toFixed(1)} s: play ${timing.play.toFixed(1)}, axe ${timing.axe.toFixed(1)}` +
      (timing.picture > 0 ? `, picture ${timing.picture.toFixed(1)}` : '');
    if (failures.length === 0) {
      console.log(`  ✓ ${story.title} › ${story.name} (${detail})`);
    } else {
      failed.push({ story, failures });
      console.log(`  ✗ ${story.title} › ${story.name} (${detail})`);
      // Testing Library appends the whole DOM to a failed query: the first lines say what failed.
      for (const failure of failures) {
        const lines = failure.split('\n').filter((line) => line.trim() !== '');
        console.log(`      ${lines.slice(0, 6).join('\n      ')}`);
      }
    }
  }
  await worker.context.close();
}

await Promise.all(Array.from({ length: workerCount }, work));
await browser.close();
server.close();

const runSeconds = (Date.now() - runStarted) / 1000;
const sum = (key) => timings.reduce((total, entry) => total + entry[key], 0);
console.log(
  `\nWhere the time went (summed over stories): play ${sum('play').toFixed(0)} s, ` +
    `axe ${sum('axe').toFixed(0)} s, pictures ${sum('picture').toFixed(0)} s. Slowest:`,
);
for (const entry of timings.sort((a, b) => b.seconds - a.seconds).slice(0, 5))
  console.log(`  ${entry.seconds.toFixed(1)} s ${entry.story.title} › ${entry.story.name}`);
if (failed.length > 0) {
  console.log('\nFailed:');
  for (const { story, failures } of failed)
    console.log(`  ✗ ${story.title} › ${story.name}: ${failures[0].split('\n')[0]}`);
}
console.log(
  `\n${stories.length} stories, ${stories.length - failed.length} passed, ${failed.length} failed; ` +
    `${pictures} page pictures ${update ? 'written' : 'compared'}.`,
);
console.log(
  `Time: ${runSeconds.toFixed(1)} s running stories` +
    (build ? ` + ${buildSeconds.toFixed(1)} s building the workshop` : '') +
    ` = ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
process.exit(failed.length === 0 ? 0 : 1);
