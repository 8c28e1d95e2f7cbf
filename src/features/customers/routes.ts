import { redirect, type RouteObject } from 'react-router';
import type { HeadingHandle } from '@/lib/route-heading';
import type { PrefetchHandle } from '@/lib/route-prefetch';
import { customerListHeading, newCustomerHeading } from './page-headings';
import type { CustomerWorkspaceTab, WorkspaceHandle } from './workspace-tabs';

export type { CustomerWorkspaceTab } from './workspace-tabs';

export const customersRoutes: RouteObject[] = [
  {
    path: 'customers',
    lazy: () => import('./routes/customer-list-route'),
    handle: { heading: customerListHeading } satisfies HeadingHandle,
  },
  {
    path: 'customers/new',
    lazy: () => import('./routes/new-customer-route'),
    handle: { heading: newCustomerHeading } satisfies HeadingHandle,
  },
];

export const customerAccountTab: CustomerWorkspaceTab = {
  path: 'account',
  labelKey: 'customers:workspace.tabs.account',
  lazy: () => import('./routes/customer-account-route'),
  prefetch: (queryClient, customerId) =>
    import('./api').then(({ billingProfileQuery }) =>
      queryClient.prefetchQuery(billingProfileQuery(customerId)),
    ),
};

export const customerAgreementsTab: CustomerWorkspaceTab = {
  path: 'agreements',
  labelKey: 'customers:workspace.tabs.agreements',
  lazy: () => import('./routes/customer-agreements-route'),
  prefetch: (queryClient, customerId) =>
    import('./compliance-api').then(({ customerAgreementsQuery, directSignStatusQuery }) =>
      Promise.all([
        queryClient.prefetchQuery(customerAgreementsQuery(customerId)),
        queryClient.prefetchQuery(directSignStatusQuery(customerId)),
      ]),
    ),
};

export const customerQualificationsTab: CustomerWorkspaceTab = {
  path: 'qualifications',
  labelKey: 'customers:workspace.tabs.qualifications',
  lazy: () => import('./routes/customer-qualifications-route'),
  prefetch: (queryClient, customerId) =>
    import('./compliance-api').then(({ customerQualificationsQuery }) =>
      queryClient.prefetchQuery(customerQualificationsQuery(customerId)),
    ),
};

/**
 * The customer workspace: one layout (name, country, status, tabs) whose tabs are child routes,
 * so every tab is deep-linkable and a tab from another feature is one entry in the list.
 * `/customers/:customerId` opens the first tab.
 */
export function customerWorkspaceRoute(tabs: CustomerWorkspaceTab[]): RouteObject {
  const handle: WorkspaceHandle & PrefetchHandle = {
    workspaceTabs: tabs.map(({ path, labelKey }) => ({ path, labelKey })),
    // The customer is asked for as the navigation starts, beside the layout's chunk.
    prefetch: ({ queryClient }, { customerId = '' }) =>
      import('./api').then(({ customerQuery }) => queryClient.prefetchQuery(customerQuery(customerId))),
  };
  return {
    path: 'customers/:customerId',
    lazy: () => import('./routes/customer-workspace-layout'),
    handle,
    children: [
      {
        index: true,
        Component: () => null,
        loader: ({ params }) =>
          redirect(`/customers/${encodeURIComponent(params.customerId ?? '')}/${tabs[0]?.path ?? ''}`),
      },
      ...tabs.map(({ path, lazy, prefetch }) => ({
        path,
        lazy,
        ...(prefetch && {
          handle: {
            prefetch: ({ queryClient }, { customerId = '' }) => prefetch(queryClient, customerId),
          } satisfies PrefetchHandle,
        }),
      })),
    ],
  };
}
