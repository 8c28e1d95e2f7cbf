/**
 * The customer list's filters (its URL query), remembered for this tab so the workspace's
 * breadcrumb returns to the list exactly as it was left.
 */
const storageKey = 'pd.customers.listSearch';

export function rememberListSearch(search: string): void {
  try {
    globalThis.sessionStorage?.setItem(storageKey, search);
  } catch {
    // Storage unavailable: the breadcrumb falls back to the unfiltered list.
  }
}

export function customerListHref(): string {
  try {
    const search = globalThis.sessionStorage?.getItem(storageKey) ?? '';
    return search.startsWith('?') && search.length > 1 ? `/customers${search}` : '/customers';
  } catch {
    return '/customers';
  }
}
