import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CustomerListParams } from '@/features/customers/api';
import { useListParams } from '@/features/customers/use-list-params';

type Update = (changes: Partial<CustomerListParams>) => void;

function renderList(url: string) {
  const latest: { params?: CustomerListParams; update?: Update } = {};
  function List() {
    const [params, update] = useListParams();
    latest.params = params;
    latest.update = update;
    return null;
  }
  const router = createMemoryRouter([{ path: '/customers', Component: List }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return { router, latest };
}

describe('the customer list URL', () => {
  it('reads filters, sort and page from the URL, ignoring what it does not know', () => {
    const { latest } = renderList('/customers?q=alster&country=de&sort=-domain&page=3&screening=missing');
    expect(latest.params).toMatchObject({
      q: 'alster',
      country: 'DE',
      sort: '-domain',
      page: 3,
      missingScreening: true,
      countries: [],
    });
    const odd = renderList('/customers?sort=price&page=-2&countries=fr,x1,be');
    expect(odd.latest.params).toMatchObject({ sort: 'companyName', page: 1, countries: ['FR', 'BE'] });
  });

  it('applies two changes made before the page renders again on top of each other', () => {
    const { router, latest } = renderList('/customers?sort=country&page=2');
    const update = latest.update as Update;
    act(() => {
      // A country picked, then the search typed earlier committed after its pause, in the same tick.
      update({ country: 'FR', countries: [] });
      update({ q: 'contoso' });
    });
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({ q: 'contoso', country: 'FR', sort: 'country' });
    expect(latest.params).toMatchObject({ q: 'contoso', country: 'FR', page: 1 });
  });

  it('a new search replaces the history entry, a filter adds one', () => {
    const { router, latest } = renderList('/customers');
    act(() => (latest.update as Update)({ missingScreening: true }));
    expect(router.state.historyAction).toBe('PUSH');
    act(() => (latest.update as Update)({ q: 'alster' }));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.search).toBe('?q=alster&screening=missing');
  });
});
