import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, toCsvInChunks } from '@/lib/csv-text';
import { fetchAllPages } from '@/lib/fetch-all';

type Row = [string, string];
const columns = [
  { header: 'Имя', value: (row: Row) => row[0] },
  { header: 'Note, "quoted"', value: (row: Row) => row[1] },
];

describe('CSV written in chunks', () => {
  it('is exactly the text toCsv writes, for any values and row counts across chunk edges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 1200 }), async (rows) => {
        expect(await toCsvInChunks(columns, rows)).toBe(toCsv(columns, rows));
      }),
      { numRuns: 25 },
    );
  });

  it('reports progress per chunk and round-trips 5,000 rows', async () => {
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => [`Ирина ${i}`, `line\n${i}, "x"`]);
    const progress: number[] = [];
    const csv = await toCsvInChunks(columns, rows, { onProgress: (n) => progress.push(n) });
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 250));
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(5000);
    expect(parsed.rows[4999]).toEqual({ Имя: 'Ирина 4999', 'Note, "quoted"': 'line\n4999, "x"' });
  });

  it('gives the event loop back between chunks: other tasks run while 5,000 rows are written', async () => {
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => [`Row ${i}`, `${i}`]);
    // A task queued again and again, as a click or a repaint would be: it only runs when the writer yields.
    const log: string[] = [];
    let ticking = true;
    const tick = () => {
      log.push('tick');
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const csv = await toCsvInChunks(columns, rows, { onProgress: (n) => log.push(`chunk ${n}`) });
    ticking = false;
    expect(parseCsv(csv).rows.map((row) => row.Имя)).toEqual(rows.map((row) => row[0]));
    const chunks = log.flatMap((entry, at) => (entry.startsWith('chunk') ? [at] : []));
    expect(chunks).toHaveLength(20);
    // Between any two chunks, at least one other task ran.
    for (let i = 1; i < chunks.length; i += 1) {
      expect(log.slice(chunks[i - 1]! + 1, chunks[i])).toContain('tick');
    }
  });

  it('stops when the export is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(toCsvInChunks(columns, [['a', 'b']], { signal: controller.signal })).rejects.toThrow();
  });
});

describe('fetchAllPages', () => {
  it('asks page after page until it has totalCount rows', async () => {
    const all = Array.from({ length: 1234 }, (_, i) => i);
    const asked: [number, number][] = [];
    const rows = await fetchAllPages(async (offset, size) => {
      asked.push([offset, size]);
      return { totalCount: all.length, items: all.slice(offset, offset + size) };
    });
    expect(rows).toEqual(all);
    expect(asked).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
  });
});
