import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { CustomerListParams, CustomerSort } from './api';

export const customerPageSize = 20;
const sorts: CustomerSort[] = ['companyName', '-companyName', 'domain', '-domain', 'country', '-country'];

function parse(search: URLSearchParams): CustomerListParams {
  const sortParam = search.get('sort') as CustomerSort | null;
  return {
    q: search.get('q') ?? '',
    country: (search.get('country') ?? '').toUpperCase(),
    sort: sortParam && sorts.includes(sortParam) ? sortParam : 'companyName',
    page: Math.max(1, Number(search.get('page')) || 1),
    size: customerPageSize,
    missingScreening: search.get('screening') === 'missing',
    countries: (search.get('countries') ?? '')
      .toUpperCase()
      .split(',')
      .filter((code) => /^[A-Z]{2}$/.test(code)),
  };
}

function serialize(params: CustomerListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.q) out.set('q', params.q);
  if (params.country) out.set('country', params.country);
  if (params.sort !== 'companyName') out.set('sort', params.sort);
  if (params.missingScreening) out.set('screening', 'missing');
  if (params.countries.length > 0 && !params.country) out.set('countries', params.countries.join(','));
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

/**
 * The customer list's filters, sort and page live in the URL: shareable, bookmarkable, and the back
 * button works. A change builds on the changes asked for before it, even those the URL has not
 * shown yet: a search committed after its pause must not undo a filter picked a moment earlier.
 * (React Router's functional `setSearchParams` gets the last rendered URL, so it cannot do this.)
 */
export function useListParams(): [CustomerListParams, (changes: Partial<CustomerListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const requested = useRef<URLSearchParams | null>(null);
  // Once a URL is rendered (one asked for here, or the back button's), changes build on it again.
  useEffect(() => {
    requested.current = null;
  }, [search]);
  const update = useCallback(
    (changes: Partial<CustomerListParams>) => {
      const next = serialize({ ...parse(requested.current ?? search), page: 1, ...changes });
      requested.current = next;
      setSearch(next, { replace: 'q' in changes });
    },
    [search, setSearch],
  );
  return [parse(search), update];
}
