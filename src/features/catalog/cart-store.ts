import { useMemo, useSyncExternalStore } from 'react';
import type { BillingCycle, TermDuration } from '@/lib/api-types/catalog';

/**
 * The cart being assembled for one customer. It lives in the browser until checkout, when it is
 * sent to Partner Center as a cart (POST, then PUT for later edits) and checked out.
 */
export interface DraftLine {
  productId: string;
  skuId: string;
  title: string;
  catalogItemId: string;
  termDuration: TermDuration;
  billingCycle: BillingCycle;
  quantity: number;
  promotionId?: string;
}

export interface DraftCart {
  lines: DraftLine[];
  /** Set once the cart exists on the server, so later edits PUT instead of POSTing again. */
  cartId?: string;
}

const prefix = 'pd.catalog.cart.';
const listeners = new Set<() => void>();
// Snapshots must be stable between renders: reuse the parsed cart while the stored text is unchanged.
const cache = new Map<string, { raw: string | null; cart: DraftCart }>();
const empty: DraftCart = { lines: [] };

function storedText(customerId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(prefix + customerId) ?? null;
  } catch {
    return null;
  }
}

function read(customerId: string): DraftCart {
  const raw = storedText(customerId);
  const cached = cache.get(customerId);
  if (cached && cached.raw === raw) return cached.cart;
  let cart = empty;
  try {
    if (raw) cart = JSON.parse(raw) as DraftCart;
  } catch {
    cart = empty;
  }
  cache.set(customerId, { raw, cart });
  return cart;
}

export function writeCart(customerId: string, cart: DraftCart): void {
  try {
    if (cart.lines.length === 0 && !cart.cartId) globalThis.localStorage?.removeItem(prefix + customerId);
    else globalThis.localStorage?.setItem(prefix + customerId, JSON.stringify(cart));
  } catch {
    // Storage full or unavailable.
  }
  cache.set(customerId, { raw: storedText(customerId), cart });
  listeners.forEach((listener) => listener());
}

export function addLine(customerId: string, line: DraftLine): void {
  const cart = read(customerId);
  writeCart(customerId, { ...cart, lines: [...cart.lines, line] });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(prefix)) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function useDraftCart(customerId: string | undefined): DraftCart {
  return useSyncExternalStore(
    subscribe,
    () => (customerId ? read(customerId) : empty),
    () => empty,
  );
}

export interface CartInProgress {
  customerId: string;
  lineCount: number;
}

/** `customerId lineCount` a line, sorted: a string, so the snapshot stays equal while nothing changes. */
function cartsSummary(): string {
  const entries: string[] = [];
  try {
    const storage = globalThis.localStorage;
    for (let index = 0; index < (storage?.length ?? 0); index++) {
      const key = storage?.key(index);
      if (!key?.startsWith(prefix)) continue;
      const customerId = key.slice(prefix.length);
      const lineCount = read(customerId).lines.length;
      if (lineCount > 0) entries.push(`${customerId} ${lineCount}`);
    }
  } catch {
    // Storage unavailable: no carts to list.
  }
  return entries.sort().join('\n');
}

/** Every customer with lines in a cart in this browser (the cart page lists them when none is chosen). */
export function useCartsInProgress(): CartInProgress[] {
  const summary = useSyncExternalStore(subscribe, cartsSummary, () => '');
  return useMemo(
    () =>
      summary === ''
        ? []
        : summary.split('\n').map((entry) => {
            const [customerId = '', lineCount = '0'] = entry.split(' ');
            return { customerId, lineCount: Number(lineCount) };
          }),
    [summary],
  );
}
