import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/error-message';
import { useFormatters } from '@/lib/locale';
import type { ScanSnapshot, ScanStore } from '../scan-store';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** Seconds until `until`, ticking once a second while the scan waits out a 429. */
function useSecondsUntil(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/**
 * The pause, counted down. Mounted afresh for each pause (keyed by its end) so that its clock starts
 * when the pause does: kept from an earlier render, it made a 2-second Retry-After read as 14.
 */
function PauseNotice({ until }: { until: number }) {
  const { t } = useTranslation('renewals');
  const seconds = useSecondsUntil(until);
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>{t('scan.paused', { count: seconds })}</MessageBarBody>
    </MessageBar>
  );
}

/** Progress, throttling pauses and per-customer failures of the cross-customer scan. */
export function ScanStatus({ snapshot, store }: { snapshot: ScanSnapshot; store: ScanStore }) {
  const { t } = useTranslation('renewals');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const total = snapshot.customers.length;
  const running = snapshot.status === 'running';
  const hasResults = snapshot.finishedAt !== null;

  if (snapshot.status === 'failed') {
    return <ErrorState error={snapshot.error} onRetry={() => void store.start()} />;
  }
  return (
    <section aria-label={t('scan.label')} className={styles.root}>
      {running ? (
        total === 0 ? (
          <Text role="status">{t('scan.loadingCustomers')}</Text>
        ) : (
          <Field
            validationMessage={t('scan.progress', { done: snapshot.done, total })}
            validationState="none"
          >
            <ProgressBar
              value={snapshot.done}
              max={total}
              aria-label={t('scan.label')}
              aria-valuetext={t('scan.progress', { done: snapshot.done, total })}
            />
          </Field>
        )
      ) : null}
      <div className={styles.row}>
        <Text role="status">
          {running
            ? hasResults
              ? t('scan.refreshing', { time: format.dateTime(snapshot.finishedAt ?? 0) })
              : ''
            : snapshot.status === 'done'
              ? t('scan.done', { count: total })
              : ''}
        </Text>
        {snapshot.status === 'done' ? (
          <Button size="small" onClick={() => void store.start()}>
            {t('scan.refresh')}
          </Button>
        ) : null}
      </div>
      {snapshot.pausedUntil !== null ? (
        <PauseNotice key={snapshot.pausedUntil} until={snapshot.pausedUntil} />
      ) : null}
      {snapshot.failures.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('scan.failures', { count: snapshot.failures.length })}</MessageBarTitle>
            <ul>
              {snapshot.failures.map((failure) => (
                <li key={failure.customer.id}>
                  {t('scan.failure', {
                    customer: failure.customer.name,
                    message: errorMessage(failure.error, tCommon),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={running} onClick={() => void store.retry()}>
              {t('scan.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </section>
  );
}
