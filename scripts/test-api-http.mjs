// npm run test:api:http — the API-level tests (tests/api) against `npm run api` over real HTTP:
// starts the server on its own port and data file, runs the tests with API_BASE_URL, stops it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.env.API_PORT ?? '4403';
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'pc-mock-api-'));
const env = { ...process.env, API_PORT: port, API_DB_FILE: join(dataDir, 'db.json') };

// One process (tsx as a loader, not its CLI wrapper), so stopping it stops the server.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/mocks/server/main.ts'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
// A server that cannot start (port taken) must fail the run, not leave the tests to another server.
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});

async function waitForServer(deadline) {
  while (Date.now() < deadline) {
    if (serverExited) throw new Error(`the mock API exited before answering on ${base}`);
    try {
      const response = await fetch(`${base}/v1/_mock/faults`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the mock API did not start on ${base}`);
}

let code = 1;
try {
  await waitForServer(Date.now() + 120_000);
  const tests = spawn('npx', ['vitest', 'run', 'tests/api', '--no-file-parallelism'], {
    env: { ...process.env, API_BASE_URL: base },
    stdio: 'inherit',
  });
  code = await new Promise((resolve) => tests.on('exit', (exitCode) => resolve(exitCode ?? 1)));
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
