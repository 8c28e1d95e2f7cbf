import { makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-error';

const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginBottom: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
});

/** The 429 a query is currently waiting out before its next attempt, if any. */
function throttledFailure(cache: QueryCache): ApiError | undefined {
  for (const query of cache.getAll()) {
    const { fetchStatus, fetchFailureReason } = query.state;
    if (
      fetchStatus === 'fetching' &&
      fetchFailureReason instanceof ApiError &&
      fetchFailureReason.status === 429
    ) {
      return fetchFailureReason;
    }
  }
  return undefined;
}

/**
 * While a page's data waits out Partner Center's Retry-After, the skeleton alone would look stuck:
 * this says why, and counts down to the next attempt. It goes away by itself when the page loads.
 */
export function ThrottleNotice() {
  const cache = useQueryClient().getQueryCache();
  const failure = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => throttledFailure(cache),
    () => undefined,
  );
  // Rendered only while waiting, so it never competes with a page's own status line.
  return failure ? <Countdown key={failure.requestId} seconds={failure.retryAfterSeconds ?? 1} /> : null;
}

function Countdown({ seconds }: { seconds: number }) {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const [startedAt] = useState(Date.now);
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.ceil(seconds - (now - startedAt) / 1000));
  return (
    <p role="status" className={styles.notice}>
      {left > 0 ? t('throttled.waiting', { count: left }) : t('throttled.retrying')}
    </p>
  );
}
