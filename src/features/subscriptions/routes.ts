import type { QueryClient } from '@tanstack/react-query';

/** The customer's subscriptions: a tab of the customer workspace (`/customers/:customerId/subscriptions`). */
export const subscriptionsTab = {
  path: 'subscriptions',
  labelKey: 'subscriptions:subscriptions.title',
  lazy: () => import('./routes/subscriptions-route'),
  prefetch: (queryClient: QueryClient, customerId: string) =>
    import('./api').then(({ subscriptionsQuery }) =>
      queryClient.prefetchQuery(subscriptionsQuery(customerId)),
    ),
};
