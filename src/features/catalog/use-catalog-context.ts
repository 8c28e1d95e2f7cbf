import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { customerQuery, productsQuery, subscribedSkusQuery } from './api';
import { skuNames, toRows } from './catalog-rows';

/** The selected customer (`?customer=` in the URL), their market and catalog. */
export function useCatalogContext() {
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? undefined;
  const customer = useQuery({ ...customerQuery(customerId ?? ''), enabled: Boolean(customerId) });
  const country = customer.data?.billingProfile?.defaultAddress.country;
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
