import { getResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { demoTokenFor } from '@/lib/session';
import { seededGuid } from '@/mocks/db/seed-ids';
import type * as Dispatcher from '@/mocks/lazy-handlers';

// Records which handler modules the dispatcher imports. Test files share one module registry
// (isolate: false) and an earlier file may already have loaded a domain through the dispatcher,
// which remembers it: the test takes a fresh dispatcher (the query makes it a module of its own).
const imported = vi.hoisted(() => new Set<string>());
vi.mock('@/mocks/handlers', async (importOriginal) => {
  imported.add('the full list');
  return importOriginal();
});
vi.mock('@/mocks/handlers/core', async (importOriginal) => {
  imported.add('core');
  return importOriginal();
});
vi.mock('@/mocks/handlers/catalog', async (importOriginal) => {
  imported.add('catalog');
  return importOriginal();
});
vi.mock('@/mocks/handlers/commerce', async (importOriginal) => {
  imported.add('commerce');
  return importOriginal();
});

function get(path: string): Request {
  return new Request(`http://localhost${path}`, {
    headers: { Authorization: `Bearer ${demoTokenFor('user-ana-global-admin')}` },
  });
}

describe('the browser mock outside the lazy domains', () => {
  it('loads the core list ahead of the first call, answers the account page and the users list with it alone, and loads the catalog on its first call', async () => {
    const { lazyHandlers, preloadCoreHandlers } = (await import(
      /* @vite-ignore */ `${'@/mocks/lazy-handlers'}?fresh`
    )) as typeof Dispatcher;
    preloadCoreHandlers();
    await vi.waitFor(() => expect([...imported]).toEqual(['core']));

    const customer = await getResponse(
      lazyHandlers,
      get(`/v1/customers/${seededGuid('customer:adatumedu')}`),
    );
    const users = await getResponse(lazyHandlers, get('/v1/users'));
    expect([customer?.status, users?.status]).toEqual([200, 200]);
    expect([...imported]).toEqual(['core']);

    const products = await getResponse(lazyHandlers, get('/v1/products?country=US&expand=skus'));
    expect(products?.status).toBe(200);
    expect([...imported].sort()).toEqual(['catalog', 'commerce', 'core']);
  });
});
