import { queryOptions } from '@tanstack/react-query';
import { api, type Collection } from '@/lib/api-client';
import type {
  Availability,
  Cart,
  CartCheckoutResult,
  CartLineItem,
  Product,
  ProductPromotion,
  PromotionEligibilityItem,
  PromotionEligibilityRequestItem,
  Sku,
  SubscribedSku,
  TermDuration,
} from '@/lib/api-types/catalog';
import type { Customer } from '@/lib/api-types/customers';

export const catalogKeys = {
  all: ['catalog'] as const,
  customers: () => [...catalogKeys.all, 'customers'] as const,
  customer: (customerId: string) => [...catalogKeys.all, 'customer', customerId] as const,
  products: (country: string) => [...catalogKeys.all, 'products', country] as const,
  product: (productId: string, country: string) =>
    [...catalogKeys.all, 'product', productId, country] as const,
  promotions: (country: string, locale: string) =>
    [...catalogKeys.all, 'promotions', country, locale] as const,
  subscribedSkus: (customerId: string) => [...catalogKeys.all, 'subscribed-skus', customerId] as const,
  eligibility: (customerId: string, items: unknown) =>
    [...catalogKeys.all, 'eligibility', customerId, items] as const,
};

export interface CustomerListItem {
  id: string;
  companyProfile: { companyName?: string; domain: string; address?: { country: string } };
}

export const customersQuery = () =>
  queryOptions({
    queryKey: catalogKeys.customers(),
    queryFn: ({ signal }) =>
      api
        .get<Collection<CustomerListItem>>('/v1/customers', { query: { size: 500 }, signal })
        .then((collection) => collection.items),
    staleTime: 60_000,
  });

export const customerQuery = (customerId: string) =>
  queryOptions({
    queryKey: catalogKeys.customer(customerId),
    queryFn: ({ signal }) => api.get<Customer>(`/v1/customers/${customerId}`, { signal }),
  });

/** The whole market's catalog in one call (`expand=skus` embeds SKUs and availabilities). */
export const productsQuery = (country: string) =>
  queryOptions({
    queryKey: catalogKeys.products(country),
    queryFn: ({ signal }) =>
      api
        .get<Collection<Product>>('/v1/products', { query: { country, expand: 'skus' }, signal })
        .then((collection) => collection.items),
    staleTime: 5 * 60_000,
    // A market can hold 10,000 SKUs: comparing old and new answers deeply costs more than it saves.
    structuralSharing: false,
  });

export interface SkuDetails {
  product: Product;
  sku: Sku;
  siblings: Sku[];
  availabilities: Availability[];
}

/**
 * The SKU page reads the documented per-resource paths. It shows the descriptions, which Partner
 * Center writes in the `X-Locale` asked for (`locale`, e.g. `fr-FR`).
 */
export const skuDetailsQuery = (productId: string, skuId: string, country: string, locale: string) =>
  queryOptions({
    queryKey: [...catalogKeys.product(productId, country), skuId, locale],
    queryFn: async ({ signal }): Promise<SkuDetails> => {
      const options = { query: { country }, locale, signal };
      const [product, skus, availabilities] = await Promise.all([
        api.get<Product>(`/v1/products/${productId}`, options),
        api.get<Collection<Sku>>(`/v1/products/${productId}/skus`, options),
        api.get<Collection<Availability>>(`/v1/products/${productId}/skus/${skuId}/availabilities`, options),
      ]);
      const sku = skus.items.find((candidate) => candidate.id === skuId);
      if (!sku) throw new Error(`SKU ${skuId} is not sold in ${country}.`);
      return { product, sku, siblings: skus.items, availabilities: availabilities.items };
    },
    // A language switch keeps the page as it is until the translated descriptions land.
    // Another SKU's page must not stand in for this one: only the locale may differ.
    placeholderData: (previous, previousQuery) => {
      const [, , previousProduct, previousCountry, previousSku] = previousQuery?.queryKey ?? [];
      return previousProduct === productId && previousCountry === country && previousSku === skuId
        ? previous
        : undefined;
    },
  });

/** Promotions carry a description, written in the `X-Locale` asked for (`locale`). */
export const promotionsQuery = (country: string, locale: string) =>
  queryOptions({
    queryKey: catalogKeys.promotions(country, locale),
    queryFn: ({ signal }) =>
      api
        .get<Collection<ProductPromotion>>('/v1/productPromotions', { query: { country }, locale, signal })
        .then((collection) => collection.items),
    staleTime: 5 * 60_000,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === country ? previous : undefined,
  });

export const subscribedSkusQuery = (customerId: string) =>
  queryOptions({
    queryKey: catalogKeys.subscribedSkus(customerId),
    queryFn: ({ signal }) =>
      api
        .get<Collection<SubscribedSku>>(`/v1/customers/${customerId}/subscribedskus`, { signal })
        .then((collection) => collection.items),
  });

export const promotionEligibilityQuery = (customerId: string, items: PromotionEligibilityRequestItem[]) =>
  queryOptions({
    queryKey: catalogKeys.eligibility(customerId, items),
    queryFn: () =>
      api
        .post<{ items: PromotionEligibilityItem[] }>(`/v1/customers/${customerId}/promotionEligibilities`, {
          items,
        })
        .then((response) => response.items),
    enabled: items.length > 0,
  });

export type CartLineInput = Pick<
  CartLineItem,
  'id' | 'catalogItemId' | 'quantity' | 'billingCycle' | 'termDuration' | 'promotionId' | 'friendlyName'
>;

export function createCart(customerId: string, lineItems: CartLineInput[]) {
  return api.post<Cart>(`/v1/customers/${customerId}/carts`, { lineItems });
}

export function updateCart(customerId: string, cartId: string, lineItems: CartLineInput[]) {
  return api.put<Cart>(`/v1/customers/${customerId}/carts/${cartId}`, { lineItems });
}

export function checkoutCart(customerId: string, cartId: string) {
  return api.post<CartCheckoutResult>(`/v1/customers/${customerId}/carts/${cartId}/checkout`);
}

export type { TermDuration };
