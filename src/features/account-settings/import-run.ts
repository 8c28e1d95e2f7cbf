import type { NewUserInput } from '@/lib/account-rules';
import { isApiError, NetworkError } from '@/lib/api-error';
import { newGuid } from '@/lib/ids';
import { createUser } from './api/users';
import { rowIsValid, type CellProblem, type ImportRow } from './user-import';

/**
 * One confirmed import, kept in sessionStorage after every row so a reload picks it up where it
 * stopped. Each row owns a request id from the moment the import is confirmed; resending a row
 * with it gets the service's first answer back (the create is idempotent), so a row whose answer
 * was lost in the reload is never created twice.
 */

export type RowOutcome = 'pending' | 'created' | 'refused' | 'notSent' | 'skipped';

export interface RowRefusal {
  status?: number;
  code?: string | number;
  errorName?: string;
  description: string;
  /** Field-level problems of a 400/409: `code` is a shared rule key when the service used one. */
  fields?: { field: string; code?: string; message: string }[];
  network?: boolean;
}

export interface RunRow {
  line: number;
  input: NewUserInput;
  requestId: string;
  outcome: RowOutcome;
  userId?: string;
  refusal?: RowRefusal;
  /** Why a skipped row was not sent: the problems the preview marked in its cells. */
  problems?: CellProblem[];
}

export type RunState = 'running' | 'paused' | 'stopped' | 'done';

export interface ImportRun {
  id: string;
  /** Who confirmed it: another demo user never resumes someone else's import. */
  callerId: string;
  fileName: string;
  state: RunState;
  rows: RunRow[];
}

const storageKey = 'pd.userImport.run';

export function loadRun(): ImportRun | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(storageKey);
    return raw ? (JSON.parse(raw) as ImportRun) : undefined;
  } catch {
    return undefined;
  }
}

export function saveRun(run: ImportRun): void {
  try {
    globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(run));
  } catch {
    // Storage full or blocked: the import still runs; only reload-resume is lost.
  }
}

export function clearRun(): void {
  try {
    globalThis.sessionStorage?.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}

/** What the person confirmed: valid rows to send, the others kept for the report. */
export function planRun(rows: readonly ImportRow[], fileName: string, callerId: string): ImportRun {
  return {
    id: newGuid(),
    callerId,
    fileName,
    state: 'running',
    rows: rows.map((row) => ({
      line: row.line,
      input: row.input,
      requestId: newGuid(),
      ...(rowIsValid(row)
        ? { outcome: 'pending' as const }
        : { outcome: 'skipped' as const, problems: Object.values(row.problems).flat() }),
    })),
  };
}

export function runCounts(run: ImportRun) {
  const count = (outcome: RowOutcome) => run.rows.filter((row) => row.outcome === outcome).length;
  const created = count('created');
  const refused = count('refused');
  const pending = count('pending');
  const notSent = count('notSent');
  const toSend = created + refused + pending + notSent;
  return {
    created,
    refused,
    pending,
    notSent,
    skipped: count('skipped'),
    toSend,
    processed: created + refused,
  };
}

function refusalOf(error: unknown): RowRefusal {
  if (isApiError(error)) {
    const fields = error.fieldErrors().map(({ field, code, message }) => ({
      field,
      ...(code !== undefined ? { code: String(code) } : {}),
      message,
    }));
    return {
      status: error.status,
      code: error.code,
      ...(error.errorName ? { errorName: error.errorName } : {}),
      description: error.description,
      ...(fields.length > 0 ? { fields } : {}),
    };
  }
  return { description: error instanceof Error ? error.message : String(error), network: true };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export interface RunCallbacks {
  signal: AbortSignal;
  onChange: (run: ImportRun) => void;
  /** The service asked to slow down: seconds to wait, or null when the wait is over. */
  onWait: (seconds: number | null) => void;
  /** Checked between rows, so a row already sent is always recorded with its answer. */
  stopRequested: () => boolean;
}

/**
 * Sends the pending rows one at a time. A 429 waits for its Retry-After, then resends the same
 * row; any other refusal is recorded with its reason and the next row goes; a dead network pauses
 * the run (every following row would fail the same way). Stops quietly when `signal` aborts: the
 * page went away, and the stored run resumes on the next visit.
 */
export async function executeRun(
  start: ImportRun,
  { signal, onChange, onWait, stopRequested }: RunCallbacks,
) {
  let run: ImportRun = { ...start, state: 'running', rows: [...start.rows] };
  const commit = (next: ImportRun) => {
    run = next;
    saveRun(run);
    onChange(run);
  };
  if (start.state !== 'running') commit(run);
  for (let index = 0; index < run.rows.length; index += 1) {
    const row = run.rows[index];
    if (!row || row.outcome !== 'pending') continue;
    if (stopRequested()) {
      commit(stoppedRun(run));
      return;
    }
    let result: Partial<RunRow> | 'pause';
    for (;;) {
      try {
        const user = await createUser(row.input, { requestId: row.requestId, signal });
        result = { outcome: 'created', userId: user.id };
      } catch (error) {
        if (signal.aborted) return;
        if (isApiError(error) && error.status === 429) {
          const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1));
          onWait(seconds);
          await sleep(seconds * 1000, signal);
          onWait(null);
          if (signal.aborted) return;
          continue;
        }
        result = error instanceof NetworkError ? 'pause' : { outcome: 'refused', refusal: refusalOf(error) };
      }
      break;
    }
    // An answer that arrives after the page left is not recorded; the resend will fetch it again.
    if (signal.aborted) return;
    if (result === 'pause') {
      commit({ ...run, state: 'paused' });
      return;
    }
    const rows = [...run.rows];
    rows[index] = { ...row, ...result };
    commit({ ...run, rows });
  }
  commit({ ...run, state: 'done' });
}

/** The person stopped the import: the rows not sent yet are reported as such. */
export function stoppedRun(run: ImportRun): ImportRun {
  return {
    ...run,
    state: 'stopped',
    rows: run.rows.map((row) => (row.outcome === 'pending' ? { ...row, outcome: 'notSent' } : row)),
  };
}
