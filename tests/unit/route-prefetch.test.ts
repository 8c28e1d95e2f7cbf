import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, type Params, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { withPrefetchLoaders } from '@/lib/route-prefetch';

const never = () => new Promise<never>(() => {});

describe('route prefetch loaders', () => {
  it("start each matched route's prefetch with the app's query client as the navigation starts", async () => {
    const queryClient = new QueryClient();
    const calls: Array<[string, QueryClient, Params]> = [];
    const prefetch = (name: string) => (client: QueryClient, params: Params) => {
      calls.push([name, client, params]);
      return Promise.resolve();
    };
    const tree: RouteObject[] = [
      {
        path: 'customers/:customerId',
        // The pages' chunks never arrive: the requests must not wait for them.
        lazy: never,
        handle: { prefetch: prefetch('customer') },
        children: [
          { path: 'account', lazy: never, handle: { prefetch: prefetch('account') } },
          { path: 'orders', lazy: never, handle: { prefetch: prefetch('orders') } },
        ],
      },
    ];

    const router = createMemoryRouter(withPrefetchLoaders(tree, queryClient), {
      initialEntries: ['/customers/c-1/account'],
    });
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      ['customer', queryClient, { customerId: 'c-1' }],
      ['account', queryClient, { customerId: 'c-1' }],
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
      new QueryClient(),
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
