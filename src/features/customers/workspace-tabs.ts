import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/**
 * One tab of the customer workspace (`/customers/:customerId/<path>`). Any feature may supply one;
 * the app composes the list in `src/app/routes.tsx`. `labelKey` is `namespace:key` in i18next.
 */
export interface CustomerWorkspaceTab {
  path: string;
  labelKey: string;
  lazy: NonNullable<RouteObject['lazy']>;
  /**
   * Starts the tab's own requests as the navigation to it starts (its route's loader), so that they
   * go out beside the customer's request instead of after it: the tab's page only mounts once the
   * customer is there.
   */
  prefetch?: (queryClient: QueryClient, customerId: string) => Promise<unknown>;
}

export interface WorkspaceHandle {
  workspaceTabs: Array<Pick<CustomerWorkspaceTab, 'path' | 'labelKey'>>;
}

export function isWorkspaceHandle(handle: unknown): handle is WorkspaceHandle {
  return typeof handle === 'object' && handle !== null && 'workspaceTabs' in handle;
}
