import { queryOptions } from '@tanstack/react-query';
import { api, type Collection } from '@/lib/api-client';

export const homeKeys = {
  all: ['home'] as const,
  customerCount: () => [...homeKeys.all, 'customer-count'] as const,
  userCount: () => [...homeKeys.all, 'user-count'] as const,
};

/** Counts come from the collections' `totalCount`, asking for one item only. */
export const customerCountQuery = () =>
  queryOptions({
    queryKey: homeKeys.customerCount(),
    queryFn: ({ signal }) =>
      api.get<Collection<unknown>>('/v1/customers', { query: { size: 1 }, signal }).then((c) => c.totalCount),
  });

export const userCountQuery = () =>
  queryOptions({
    queryKey: homeKeys.userCount(),
    queryFn: ({ signal }) =>
      api.get<Collection<unknown>>('/v1/users', { query: { size: 1 }, signal }).then((c) => c.totalCount),
  });
