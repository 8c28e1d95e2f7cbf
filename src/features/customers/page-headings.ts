import type { PageHeading } from '@/lib/route-heading';

/** The headings of the customer pages whose routes show them while the page loads (first visit). */
export const customerListHeading = {
  ns: 'customers',
  title: 'title',
  description: 'list.description',
} as const satisfies PageHeading;

export const newCustomerHeading = {
  ns: 'customers',
  title: 'create.title',
  description: 'create.description',
} as const satisfies PageHeading;
