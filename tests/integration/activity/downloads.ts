import { afterEach, beforeEach } from 'vitest';
import { parseCsv } from '@/lib/csv-text';

export interface Download {
  fileName: string;
  /** The file's bytes decoded as UTF-8, byte order mark kept. */
  text: string;
  /** The first bytes of the file, to check the UTF-8 byte order mark Excel needs. */
  firstBytes: number[];
}

/**
 * Catches the files the app hands to the browser (a Blob URL on a clicked download link): the test DOM
 * has no downloads, so the Blob is read back instead.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const original = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    click: HTMLAnchorElement.prototype.click,
  };
  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (!blob) return;
      const fileName = this.download;
      void blob.arrayBuffer().then((buffer) => {
        const bytes = new Uint8Array(buffer);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        downloads.push({ fileName, text, firstBytes: [...bytes.slice(0, 3)] });
      });
    };
  });
  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    HTMLAnchorElement.prototype.click = original.click;
  });
  return downloads;
}

export function csvRows(download: Download | undefined) {
  if (!download) throw new Error('nothing was downloaded');
  const { rows, errors } = parseCsv(download.text);
  if (errors.length > 0) throw new Error(`CSV errors: ${JSON.stringify(errors)}`);
  return rows;
}
