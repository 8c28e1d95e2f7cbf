/**
 * `npm run api`: the mock Partner Center API on http://127.0.0.1:$API_PORT (default 4010), its
 * data in $API_DB_FILE (default .mock-api/db.json). `--reset` starts from the seed again;
 * `--reset-only` (npm run api:reset) just forgets the saved data.
 */
import { resetDatabaseFile, startApiServer } from './api-server';

const args = new Set(process.argv.slice(2));
const port = Number(process.env.API_PORT ?? 4010);
const dbFile = process.env.API_DB_FILE ?? '.mock-api/db.json';

if (args.has('--reset') || args.has('--reset-only')) {
  resetDatabaseFile(dbFile);
  console.log(`Mock API data reset (${dbFile} removed).`);
}

if (!args.has('--reset-only')) {
  const server = await startApiServer({ port, dbFile });
  console.log(`Partner Center mock API on http://127.0.0.1:${port}/v1 (data in ${dbFile})`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
