import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { customerQuery, productsQuery, subscribedSkusQuery } from './api';
import { skuNames, toRows } from './catalog-rows';

/** The market shown while no customer is selected, so the catalog (and links into it) can be browsed. */
export const browsingMarket = 'US';

/** The selected customer (`?customer=` in the URL), their market and catalog. */
export function useCatalogContext() {
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? undefined;
  const customer = useQuery({ ...customerQuery(customerId ?? ''), enabled: Boolean(customerId) });
  const country = customerId ? customer.data?.billingProfile?.defaultAddress.country : browsingMarket;
  const products = useQuery({ ...productsQuery(country ?? ''), enabled: Boolean(country) });
  const subscribed = useQuery({ ...subscribedSkusQuery(customerId ?? ''), enabled: Boolean(customerId) });
  const rows = useMemo(() => toRows(products.data ?? []), [products.data]);
  const names = useMemo(() => skuNames(rows), [rows]);
  return {
    customerId,
    customer,
    customerName: customer.data?.companyProfile.companyName ?? customer.data?.companyProfile.domain ?? '',
    country,
    products,
    rows,
    names,
    subscribed: subscribed.data ?? [],
  };
}
