import { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { createMemoryRouter, type Params, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { withPrefetchLoaders, type PrefetchContext } from '@/lib/route-prefetch';

describe('route prefetch loaders', () => {
  it("start each matched route's prefetch with the app's query client and language as the navigation starts", async () => {
    const queryClient = new QueryClient();
    const i18n = i18next.createInstance({ lng: 'fr' });
    await i18n.init();
    const calls: Array<[string, PrefetchContext, Params]> = [];
    const prefetch = (name: string) => (context: PrefetchContext, params: Params) => {
      calls.push([name, context, params]);
      return Promise.resolve();
    };
    let chunksArrive = () => {};
    const chunks = new Promise<void>((resolve) => (chunksArrive = resolve));
    const lazyPage = () => chunks.then(() => ({ Component: () => null }));
    const tree: RouteObject[] = [
      {
        path: 'customers/:customerId',
        lazy: lazyPage,
        handle: { prefetch: prefetch('customer') },
        children: [
          { path: 'account', lazy: lazyPage, handle: { prefetch: prefetch('account') } },
          { path: 'orders', lazy: lazyPage, handle: { prefetch: prefetch('orders') } },
        ],
      },
    ];

    const router = createMemoryRouter(withPrefetchLoaders(tree, { queryClient, i18n }), {
      initialEntries: ['/customers/c-1/account'],
    });
    // The requests do not wait for the pages' chunks.
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      ['customer', { queryClient, language: 'fr' }, { customerId: 'c-1' }],
      ['account', { queryClient, language: 'fr' }, { customerId: 'c-1' }],
    ]);

    chunksArrive();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    // A new query string alone (a search box writing the URL) asks for nothing again...
    await router.navigate('/customers/c-1/account?q=north');
    expect(calls).toHaveLength(2);
    // ...a new path does.
    await router.navigate('/customers/c-2/orders');
    expect(calls.slice(2).map(([name, , params]) => [name, params])).toEqual([
      ['customer', { customerId: 'c-2' }],
      ['orders', { customerId: 'c-2' }],
    ]);
    router.dispose();
  });

  it('keeps a loader a route already has, and a failed prefetch leaves the navigation alone', async () => {
    const ownLoader = () => 'own data';
    const failing = vi.fn(() => Promise.reject(new Error('chunk failed')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const tree = withPrefetchLoaders(
      [
        { path: 'own', loader: ownLoader, handle: { prefetch: failing } },
        { path: 'failing', handle: { prefetch: failing } },
      ],
      { queryClient: new QueryClient(), i18n: i18next.createInstance() },
    );
    expect(tree[0]?.loader).toBe(ownLoader);

    const router = createMemoryRouter(tree, { initialEntries: ['/failing'] });
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing).toHaveBeenCalledTimes(1);
    expect(router.state.errors).toBeNull();
    expect(unhandled).not.toHaveBeenCalled();
    process.off('unhandledRejection', unhandled);
    router.dispose();
  });
});
