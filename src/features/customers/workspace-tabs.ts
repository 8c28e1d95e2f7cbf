import type { RouteObject } from 'react-router';

/**
 * One tab of the customer workspace (`/customers/:customerId/<path>`). Any feature may supply one;
 * the app composes the list in `src/app/routes.tsx`. `labelKey` is `namespace:key` in i18next.
 */
export interface CustomerWorkspaceTab {
  path: string;
  labelKey: string;
  lazy: NonNullable<RouteObject['lazy']>;
}

export interface WorkspaceHandle {
  workspaceTabs: Array<Pick<CustomerWorkspaceTab, 'path' | 'labelKey'>>;
}

export function isWorkspaceHandle(handle: unknown): handle is WorkspaceHandle {
  return typeof handle === 'object' && handle !== null && 'workspaceTabs' in handle;
}
