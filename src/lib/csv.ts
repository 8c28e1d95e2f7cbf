import Papa from 'papaparse';

export interface CsvColumn<Row> {
  /** Header in the current language. */
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

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

/** Dates in exports are ISO 8601, whatever the UI language. */
export function isoDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
