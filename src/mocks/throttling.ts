/**
 * The endpoints Partner Center announced it would throttle (November 2020 announcement), plus
 * `GET customers/{id}` from the throttling guidance. Only these answer 429 in the throttling
 * scenario, as on the real service.
 */
export const throttledEndpoints: ReadonlyArray<{ method: string; pattern: RegExp; label: string }> = [
  { method: 'GET', pattern: /^\/v1\/customers\/[^/]+$/, label: 'GET /v1/customers/{customer_id}' },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions$/,
    label: 'GET /v1/customers/{customer_id}/subscriptions',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions\/[^/]+$/,
    label: 'GET /v1/customers/{customer_id}/subscriptions/{subscription_id}',
  },
  {
    method: 'PATCH',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions\/[^/]+$/,
    label: 'PATCH /v1/customers/{customer_id}/subscriptions/{subscription_id}',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/orders$/,
    label: 'GET /v1/customers/{customer_id}/orders',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/orders\/[^/]+$/,
    label: 'GET /v1/customers/{customer_id}/orders/{order_id}',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/orders\/[^/]+\/provisioningstatus$/,
    label: 'GET /v1/customers/{customer_id}/orders/{order_id}/provisioningstatus',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions\/[^/]+\/addons$/,
    label: 'GET /v1/customers/{customer_id}/subscriptions/{subscription_id}/addons',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions\/[^/]+\/azureEntitlements$/,
    label: 'GET /v1/customers/{customer_id}/subscriptions/{subscription_id}/azureEntitlements',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions\/[^/]+\/registrationstatus$/,
    label: 'GET /v1/customers/{customer_id}/subscriptions/{subscription_id}/registrationstatus',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/transfers$/,
    label: 'GET /v1/customers/{customer_id}/transfers',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/productUpgrades\/[^/]+\/status$/,
    label: 'GET /v1/productUpgrades/{upgrade_id}/status',
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/[^/]+\/subscriptions\/[^/]+\/conversions$/,
    label: 'GET /v1/customers/{customer_id}/subscriptions/{subscription_id}/conversions',
  },
];

export function isThrottledEndpoint(method: string, pathname: string): boolean {
  return throttledEndpoints.some((endpoint) => endpoint.method === method && endpoint.pattern.test(pathname));
}

/**
 * A caller that was told to wait is refused again until the wait is over; one that waited gets
 * through. That is how a client honouring Retry-After recovers, and one ignoring it does not.
 */
const blockedUntil = new Map<string, number>();

export function throttleDecision(key: string, retryAfterSeconds: number, now: number): number | null {
  const until = blockedUntil.get(key);
  if (until !== undefined && now >= until) {
    blockedUntil.delete(key);
    return null;
  }
  if (until === undefined) blockedUntil.set(key, now + retryAfterSeconds * 1000);
  const remaining = Math.ceil(((blockedUntil.get(key) ?? now) - now) / 1000);
  return Math.max(1, remaining);
}

export function resetThrottling(): void {
  blockedUntil.clear();
}
