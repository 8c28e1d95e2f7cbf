import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { accountKeys } from './api/keys';
import { clearRun, executeRun, loadRun, saveRun, type ImportRun } from './import-run';

/**
 * The page's handle (mount it with `key={callerId}`) on the import: starts it once confirmed, picks a stored one up after a reload
 * (same signed-in user only), stops it between rows, and abandons it quietly when the page goes
 * away so the stored copy can resume later.
 */
export function useImportRun(callerId: string) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<ImportRun | undefined>(() => ownRun(callerId));
  // A stored run still marked running was cut short by a reload (or by leaving the page).
  const [resumed, setResumed] = useState(() => ownRun(callerId)?.state === 'running');
  const [waitSeconds, setWaitSeconds] = useState<number | null>(null);
  const [stopping, setStopping] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const stopRequested = useRef(false);

  const launch = useCallback(
    (initial: ImportRun) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      stopRequested.current = false;
      void executeRun(initial, {
        signal: current.signal,
        onChange: setRun,
        onWait: setWaitSeconds,
        stopRequested: () => stopRequested.current,
      }).then(() => {
        if (current.signal.aborted) return;
        setStopping(false);
        void queryClient.invalidateQueries({ queryKey: accountKeys.users() });
      });
    },
    [queryClient],
  );

  useEffect(() => {
    const stored = ownRun(callerId);
    if (stored?.state === 'running') launch(stored);
    // A reload does not unmount the page: it cancels the row in flight, which would read as the
    // network failing and store the run as paused. Leaving the page stops the run first instead,
    // so it stays 'running' and the next visit goes on with it.
    const leave = () => controller.current?.abort();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      controller.current?.abort();
    };
  }, [callerId, launch]);

  return {
    run,
    resumed,
    waitSeconds,
    stopping,
    start: (next: ImportRun) => {
      saveRun(next);
      setRun(next);
      setResumed(false);
      setStopping(false);
      launch(next);
    },
    resume: () => {
      if (!run) return;
      const next = { ...run, state: 'running' as const };
      setRun(next);
      launch(next);
    },
    stop: () => {
      stopRequested.current = true;
      setStopping(true);
    },
    reset: () => {
      controller.current?.abort();
      clearRun();
      setRun(undefined);
      setResumed(false);
    },
  };
}

function ownRun(callerId: string): ImportRun | undefined {
  const stored = loadRun();
  return stored && stored.callerId === callerId ? stored : undefined;
}
