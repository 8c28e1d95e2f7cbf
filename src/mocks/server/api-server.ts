import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { enablePersistentDatabase, getDb, saveDb, type DatabaseStore } from '../db/database';
import { pcErrorSource } from '../http';
import { answer, bodyTooLarge, maxBodyBytes } from './answer';

/** The database as a JSON file, replaced atomically so a crash never leaves half a file. */
export function fileStore(path: string): DatabaseStore {
  return {
    read: () => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    write: (text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, text);
      renameSync(`${path}.tmp`, path);
    },
  };
}

/** Forget every edit: the next start (or this one) begins from the seed. */
export function resetDatabaseFile(path: string): void {
  rmSync(path, { force: true });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  // MSW's network-failure scenario: drop the connection, as a dead network would.
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Reads the body up to the limit; `undefined` means it was larger. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) {
    // Read the upload to its end and drop it, then answer: closing the socket while the client is
    // still sending made it see a connection reset instead of the 413.
    await new Promise<void>((resolve, reject) => {
      req.on('end', resolve);
      req.on('error', reject);
      req.resume();
    });
    await send(res, bodyTooLarge());
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    await send(res, bodyTooLarge());
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const request = new Request(url, {
    method,
    headers,
    ...(method !== 'GET' && method !== 'HEAD' && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
  await send(res, await answer(request));
}

export interface ApiServerOptions {
  port: number;
  host?: string;
  dbFile: string;
}

/** The mock's handlers and seeded database as a plain HTTP server, persisted to `dbFile`. */
export function startApiServer({ port, host = '127.0.0.1', dbFile }: ApiServerOptions): Promise<Server> {
  enablePersistentDatabase(fileStore(dbFile));
  // Restore and write back now, so an unreadable file is replaced at start-up rather than on the
  // first edit.
  getDb();
  saveDb();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          code: 800003,
          description: 'An unexpected error occurred in the service. Try again later.',
          source: pcErrorSource,
        }),
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
