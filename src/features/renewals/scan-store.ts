/**
 * The cross-customer scan behind the renewals pages: one per query client (so per app, and per
 * test), shared by every page and the Home cards, kept after it finishes and refreshed in the
 * background when it is older than `staleMs`. Each customer's answer also fills the subscriptions
 * page's cache, and edits made there flow back here.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { api, type Collection } from '@/lib/api-client';
import type { Subscription } from '@/lib/api-types/catalog';
import { productsQuery, toRows, type CatalogRow } from '@/features/catalog';
import { fetchSubscriptions, subscriptionKeys } from '@/features/subscriptions';
import { runScan, type ScanStats } from './scan';

export interface ScannedCustomer {
  id: string;
  name: string;
  country: string;
}

export interface ScanFailure {
  customer: ScannedCustomer;
  error: unknown;
}

export interface ScanSnapshot {
  status: 'idle' | 'running' | 'done' | 'failed';
  customers: ScannedCustomer[];
  done: number;
  /** Epoch ms the scan resumes at while it waits out a 429. */
  pausedUntil: number | null;
  failures: ScanFailure[];
  subscriptions: ReadonlyMap<string, Subscription[]>;
  catalogs: ReadonlyMap<string, CatalogRow[]>;
  finishedAt: number | null;
  stats: ScanStats | null;
  /** Failure of the customer list itself (nothing to scan). */
  error: unknown;
  version: number;
}

/** Polite by design: Partner Center allows ~500 subscription requests a minute per tenant. */
export const scanConcurrency = 6;
const staleMs = 5 * 60_000;
const customersPageSize = 500;
/** The longest the scan waits for the page's own requests before it starts anyway. */
const foregroundWaitMs = 2_000;

/**
 * The scan is background work of a thousand requests: it lets the requests already in flight for
 * what is on screen (home's counts and announcements, the signed-in user) answer first.
 */
function foregroundSettled(queryClient: QueryClient, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const finish = () => {
      unsubscribe();
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, foregroundWaitMs);
    signal.addEventListener('abort', finish);
    if (queryClient.isFetching() === 0) {
      finish();
      return;
    }
    unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() === 0) finish();
    });
  });
}

interface CustomerListItem {
  id: string;
  companyProfile: { companyName?: string; domain: string; address?: { country: string } };
}

/** Every customer, page by page as Partner Center hands them out (its continuation token). */
export async function fetchAllCustomers(
  signal: AbortSignal,
  pageSize = customersPageSize,
): Promise<ScannedCustomer[]> {
  const customers: ScannedCustomer[] = [];
  let page = await api.get<Collection<CustomerListItem>>('/v1/customers', {
    query: { size: pageSize },
    signal,
  });
  for (;;) {
    customers.push(
      ...page.items.map((item) => ({
        id: item.id,
        name: item.companyProfile.companyName ?? item.companyProfile.domain,
        country: item.companyProfile.address?.country ?? 'US',
      })),
    );
    if (!page.continuationToken) return customers;
    page = await api.get<Collection<CustomerListItem>>('/v1/customers', {
      query: { seekOperation: 'Next' },
      headers: { 'MS-ContinuationToken': page.continuationToken },
      signal,
    });
  }
}

export class ScanStore {
  private snapshot: ScanSnapshot = {
    status: 'idle',
    customers: [],
    done: 0,
    pausedUntil: null,
    failures: [],
    subscriptions: new Map(),
    catalogs: new Map(),
    finishedAt: null,
    stats: null,
    error: undefined,
    version: 0,
  };
  private listeners = new Set<() => void>();
  private controller: AbortController | null = null;

  constructor(private readonly queryClient: QueryClient) {
    // Edits on the subscriptions page (or a fix applied here) refresh that customer's rows.
    queryClient.getQueryCache().subscribe((event) => {
      const key = event.query.queryKey;
      if (event.type !== 'updated' || key[0] !== subscriptionKeys.all[0] || key[1] !== 'list') return;
      const data = event.query.state.data as Subscription[] | undefined;
      const customerId = String(key[2]);
      if (!data || this.snapshot.subscriptions.get(customerId) === data) return;
      if (!this.snapshot.customers.some((customer) => customer.id === customerId)) return;
      const subscriptions = new Map(this.snapshot.subscriptions);
      subscriptions.set(customerId, data);
      this.set({ subscriptions });
    });
  }

  getSnapshot = () => this.snapshot;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(changes: Partial<ScanSnapshot>) {
    this.snapshot = { ...this.snapshot, ...changes, version: this.snapshot.version + 1 };
    for (const listener of this.listeners) listener();
  }

  /** Starts a scan when there is none, or refreshes an old one while its results stay visible. */
  ensureFresh() {
    const { status, finishedAt } = this.snapshot;
    if (status === 'running') return;
    if (
      status === 'idle' ||
      status === 'failed' ||
      (finishedAt !== null && Date.now() - finishedAt > staleMs)
    ) {
      void this.start();
    }
  }

  async start() {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const signal = controller.signal;
    this.set({ status: 'running', done: 0, failures: [], pausedUntil: null, error: undefined });
    let customers: ScannedCustomer[];
    try {
      await foregroundSettled(this.queryClient, signal);
      if (signal.aborted) return;
      customers = await fetchAllCustomers(signal);
      await this.loadCatalogs(customers);
    } catch (error) {
      if (!signal.aborted) this.set({ status: 'failed', error });
      return;
    }
    this.set({ customers });
    await this.scan(customers, signal);
  }

  /** Scans only the customers that failed, keeping everything else. */
  async retry(customerIds?: string[]) {
    if (this.snapshot.status === 'running') return;
    const ids = new Set(customerIds ?? this.snapshot.failures.map((failure) => failure.customer.id));
    const customers = this.snapshot.customers.filter((customer) => ids.has(customer.id));
    if (customers.length === 0) return;
    const controller = new AbortController();
    this.controller = controller;
    this.set({
      status: 'running',
      done: this.snapshot.customers.length - customers.length,
      failures: this.snapshot.failures.filter((failure) => !ids.has(failure.customer.id)),
    });
    await this.scan(customers, controller.signal);
  }

  private async loadCatalogs(customers: ScannedCustomer[]) {
    const countries = [...new Set(customers.map((customer) => customer.country))];
    const catalogs = new Map(this.snapshot.catalogs);
    await Promise.all(
      countries.map(async (country) => {
        const products = await this.queryClient.fetchQuery(productsQuery(country));
        catalogs.set(country, toRows(products));
      }),
    );
    this.set({ catalogs });
  }

  private async scan(customers: ScannedCustomer[], signal: AbortSignal) {
    const byId = new Map(customers.map((customer) => [customer.id, customer]));
    const subscriptions = new Map(this.snapshot.subscriptions);
    const failures: ScanFailure[] = [...this.snapshot.failures];
    let done = this.snapshot.done;
    const measureStart = globalThis.performance?.now();
    const stats = await runScan({
      ids: customers.map((customer) => customer.id),
      concurrency: scanConcurrency,
      signal,
      fetchOne: (id, fetchSignal) => fetchSubscriptions(id, fetchSignal),
      onResult: (id, items) => {
        subscriptions.set(id, items);
        this.queryClient.setQueryData(subscriptionKeys.list(id), items);
        done += 1;
        this.set({ done, subscriptions: new Map(subscriptions) });
      },
      onFailure: (id, error) => {
        const customer = byId.get(id);
        if (customer) failures.push({ customer, error });
        done += 1;
        this.set({ done, failures: [...failures] });
      },
      onPause: (until) => this.set({ pausedUntil: until }),
    });
    if (signal.aborted) return;
    // The bench reads this measure: wall time, requests made and peak concurrency of the scan.
    globalThis.performance?.measure?.('renewals:scan', {
      start: measureStart,
      detail: { ...stats, customers: customers.length },
    });
    this.set({ status: 'done', finishedAt: Date.now(), stats, pausedUntil: null });
  }

  stop() {
    this.controller?.abort();
  }
}

const stores = new WeakMap<QueryClient, ScanStore>();

export function scanStoreFor(queryClient: QueryClient): ScanStore {
  let store = stores.get(queryClient);
  if (!store) {
    store = new ScanStore(queryClient);
    stores.set(queryClient, store);
  }
  return store;
}

/** The scan's current state; starts it (or a background refresh) on first use. */
export function useScan(): { snapshot: ScanSnapshot; store: ScanStore } {
  const store = scanStoreFor(useQueryClient());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => store.ensureFresh(), [store]);
  return { snapshot, store };
}
