import type { Collection } from './api-client';

/** The largest page the list endpoints serve: fewer round trips for a full export. */
export const exportPageSize = 500;

/**
 * Every row behind the current filters, page after page with the same query (an export must
 * contain what the filters select, not only the page on screen).
 */
export async function fetchAllPages<T>(
  fetchPage: (offset: number, size: number, signal?: AbortSignal) => Promise<Collection<T>>,
  options: { signal?: AbortSignal; onProgress?: (loaded: number, total: number) => void } = {},
): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const page = await fetchPage(rows.length, exportPageSize, options.signal);
    rows.push(...page.items);
    options.onProgress?.(rows.length, page.totalCount);
    if (page.items.length === 0 || rows.length >= page.totalCount) return rows;
  }
}
