import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type CsvColumn } from '@/lib/csv';
import { errorMessage } from '@/lib/error-message';
import { useFormatters } from '@/lib/locale';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ExportCsvButtonProps<Row> {
  /** File name without extension; today's date is appended (`customers-2020-12-15.csv`). */
  fileName: string;
  /** Columns with headers already in the current language. */
  columns: readonly CsvColumn<Row>[];
  /** Every row the export should hold: all pages behind the filters on screen, not only the visible one. */
  loadRows: (options: {
    signal: AbortSignal;
    /** `total` is unknown for seek-based lists (continuation tokens give no grand total). */
    onProgress: (loaded: number, total?: number) => void;
  }) => Promise<readonly Row[]>;
  disabled?: boolean;
}

type Progress =
  | { step: 'idle' }
  | { step: 'loading'; loaded: number; total: number | undefined }
  | { step: 'writing'; written: number; total: number }
  | { step: 'done'; count: number; fileName: string }
  | { step: 'failed'; message: string };

/**
 * "Export CSV" for a list: fetches every row behind the current filters, writes the file in chunks
 * (the page stays responsive for thousands of rows) and downloads it. Progress and the outcome are
 * announced in a polite live region.
 */
export function ExportCsvButton<Row>({ fileName, columns, loadRows, disabled }: ExportCsvButtonProps<Row>) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const [progress, setProgress] = useState<Progress>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const busy = progress.step === 'loading' || progress.step === 'writing';

  useEffect(() => () => controller.current?.abort(), []);

  async function run() {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ step: 'loading', loaded: 0, total: undefined });
    try {
      const rows = await loadRows({
        signal: abort.signal,
        onProgress: (loaded, total) => setProgress({ step: 'loading', loaded, total }),
      });
      setProgress({ step: 'writing', written: 0, total: rows.length });
      // Fetched on the first export rather than with the page: papaparse is most of this module.
      const { toCsvInChunks } = await import('@/lib/csv-text');
      const csv = await toCsvInChunks(columns, rows, {
        signal: abort.signal,
        onProgress: (written) => setProgress({ step: 'writing', written, total: rows.length }),
      });
      const name = `${fileName}-${new Date().toISOString().slice(0, 10)}.csv`;
      downloadCsv(name, csv);
      setProgress({ step: 'done', count: rows.length, fileName: name });
    } catch (error) {
      if (abort.signal.aborted) return;
      setProgress({ step: 'failed', message: errorMessage(error, t) });
    }
  }

  let status = '';
  if (progress.step === 'loading') {
    status =
      progress.total === undefined
        ? t('export.starting')
        : t('export.loading', {
            loaded: format.number(progress.loaded),
            total: format.number(progress.total),
          });
  } else if (progress.step === 'writing') {
    status = t('export.writing', {
      written: format.number(progress.written),
      total: format.number(progress.total),
    });
  } else if (progress.step === 'done') {
    status = t('export.done', { rows: format.number(progress.count), fileName: progress.fileName });
  }

  return (
    <span className={styles.root}>
      <Button
        icon={busy ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
        disabled={disabled || busy}
        onClick={() => void run()}
      >
        {t('export.button')}
      </Button>
      <Text role="status" aria-live="polite" size={200} className={styles.status}>
        {status}
      </Text>
      {progress.step === 'failed' ? (
        <Text role="alert" size={200} className={styles.error}>
          {t('export.failed', { message: progress.message })}
        </Text>
      ) : null}
    </span>
  );
}
