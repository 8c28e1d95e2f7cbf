/**
 * Writing and reading CSV text. Apart from src/lib/csv.ts because papaparse comes with it: pages
 * load this module when an export starts (or an import page opens), not with their first render.
 */
import Papa from 'papaparse';
import type { CsvColumn } from './csv';

/**
 * CSV as Excel and other tools expect it (RFC 4180 quoting by papaparse, CRLF line ends) with a
 * UTF-8 byte order mark, so Cyrillic and accented names open correctly in Excel.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((column) => column.value(row) ?? ''));
  return `\uFEFF${Papa.unparse({ fields: columns.map((column) => column.header), data }, { newline: '\r\n' })}`;
}

/** Parses CSV text (with or without a BOM) into header-keyed records; `fields` is the header row. */
export function parseCsv(text: string): {
  rows: Record<string, string>[];
  errors: Papa.ParseError[];
  fields: string[];
} {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  return { rows: result.data, errors: result.errors, fields: result.meta.fields ?? [] };
}

/** Rows written between two pauses: small enough that no single task holds the page for long. */
const rowsPerChunk = 250;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same text as `toCsv`, written `rowsPerChunk` rows at a time with a pause between chunks, so
 * the page stays responsive (progress repaints, clicks are answered) while 5,000 rows are written.
 * Chosen over a Web Worker: the rows' `value` functions (translations, formatters) live on the main
 * thread and could not be sent to a worker, and each chunk costs only a few milliseconds.
 */
export async function toCsvInChunks<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options: { signal?: AbortSignal; onProgress?: (written: number) => void } = {},
): Promise<string> {
  // Papa ends a header-only text with a line break: the header, then the chunks joined by breaks.
  const header = toCsv(columns, []);
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    await nextTask();
    options.signal?.throwIfAborted();
    const data = rows
      .slice(start, start + rowsPerChunk)
      .map((row) => columns.map((column) => column.value(row) ?? ''));
    // The same call as `toCsv` (fields given, header left out), so every value is quoted alike.
    const fields = columns.map((column) => column.header);
    parts.push(Papa.unparse({ fields, data }, { newline: '\r\n', header: false }));
    options.onProgress?.(Math.min(rows.length, start + rowsPerChunk));
  }
  return header + parts.join('\r\n');
}
