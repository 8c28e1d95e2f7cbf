import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { TableScroller } from '@/components/table-scroller';
import { now } from '@/lib/clock';
import { isWithin } from '@/lib/commerce-rules';
import { useFormatters } from '@/lib/locale';
import { QuantityDialog, patchSubscription, subscriptionsQuery } from '@/features/subscriptions';
import { RenewalsNav } from '../components/renewals-nav';
import { ScanStatus } from '../components/scan-status';
import { cancellableRows, type CancellableRow } from '../model';
import { useScan } from '../scan-store';
import { cancellableHeading } from '../page-headings';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    paddingBlock: tokens.spacingVerticalS,
  },
  link: { color: tokens.colorBrandForegroundLink },
});

/** "Now", re-read every few seconds so the hours left count down while the page is open. */
function useTicking(intervalMs = 15_000): Date {
  const [at, setAt] = useState(() => now());
  useEffect(() => {
    const timer = setInterval(() => setAt(now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return at;
}

export function Component() {
  const { t } = useTranslation('renewals');
  const { snapshot, store } = useScan();
  // Rows found inside their window stay listed when it closes, to say what can still be done.
  const rows = useMemo(() => cancellableRows(snapshot, now()), [snapshot]);
  const at = useTicking();
  return (
    <>
      <PageHeader title={t(cancellableHeading.title)} description={t(cancellableHeading.description)} />
      <RenewalsNav />
      <ScanStatus snapshot={snapshot} store={store} />
      {rows.length === 0 && snapshot.status === 'done' ? (
        <Text>{t('cancellable.empty')}</Text>
      ) : (
        <TableScroller label={t('cancellable.table')} minWidth="760px">
          <Table aria-label={t('cancellable.table')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('cancellable.columns.customer')}</TableHeaderCell>
                <TableHeaderCell>{t('cancellable.columns.subscription')}</TableHeaderCell>
                <TableHeaderCell>{t('cancellable.columns.what')}</TableHeaderCell>
                <TableHeaderCell>{t('cancellable.columns.left')}</TableHeaderCell>
                <TableHeaderCell>{t('cancellable.columns.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <CancellableRowView key={`${row.subscription.id}:${row.scope}`} row={row} at={at} />
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      )}
    </>
  );
}

function CancellableRowView({ row, at }: { row: CancellableRow; at: Date }) {
  const { t } = useTranslation('renewals');
  const styles = useStyles();
  const format = useFormatters();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'cancel' | 'reduce' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { subscription, customer } = row;
  const name = subscription.friendlyName;
  const open = isWithin(row.until, at);
  const minutes = Math.max(0, Math.floor((Date.parse(row.until) - at.getTime()) / 60_000));
  const refresh = () => queryClient.fetchQuery({ ...subscriptionsQuery(customer.id), staleTime: 0 });
  const change = async (changes: Parameters<typeof patchSubscription>[2], message: string) => {
    setError(null);
    try {
      await patchSubscription(customer.id, subscription, changes);
      await refresh();
      notify(message);
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  };
  return (
    <TableRow>
      <TableCell>
        <Link className={styles.link} to={`/customers/${customer.id}/subscriptions`}>
          {customer.name}
        </Link>
      </TableCell>
      <TableCell>{name}</TableCell>
      <TableCell>
        {row.scope === 'subscription'
          ? t('cancellable.whole', { count: row.seats })
          : t('cancellable.seats', { count: row.seats })}
      </TableCell>
      <TableCell>
        {open
          ? t('cancellable.left', {
              hours: Math.floor(minutes / 60),
              minutes: minutes % 60,
              date: format.dateTime(row.until),
            })
          : t('cancellable.closed')}
      </TableCell>
      <TableCell>
        <div className={styles.actions}>
          {open && row.scope === 'subscription' ? (
            <Button
              size="small"
              aria-label={t('cancellable.cancel', { name })}
              onClick={() => setDialog('cancel')}
            >
              {t('cancellable.cancelShort')}
            </Button>
          ) : null}
          {open && subscription.quantity > 1 ? (
            <Button
              size="small"
              aria-label={t('cancellable.reduce', { name })}
              onClick={() => setDialog('reduce')}
            >
              {t('cancellable.reduceShort')}
            </Button>
          ) : null}
          {!open && subscription.autoRenewEnabled ? (
            <Button
              size="small"
              aria-label={t('cancellable.autoRenewOff', { name })}
              onClick={() =>
                void change({ autoRenewEnabled: false }, t('cancellable.updated', { name })).catch(
                  () => undefined,
                )
              }
            >
              {t('cancellable.autoRenewOffShort')}
            </Button>
          ) : null}
        </div>
        {error ? <ErrorState error={error} /> : null}
        <ConfirmDialog
          open={dialog === 'cancel'}
          title={t('cancellable.cancelTitle', { name, customer: customer.name })}
          body={t('cancellable.cancelBody')}
          confirmLabel={t('cancellable.confirmCancel')}
          onConfirm={() => change({ status: 'deleted' }, t('cancellable.cancelled', { name }))}
          onClose={() => setDialog(null)}
        />
        {dialog === 'reduce' ? (
          <QuantityDialog
            subscription={subscription}
            mode="reduce"
            reducible={subscription.refundableQuantity?.totalQuantity ?? 0}
            onClose={() => setDialog(null)}
            onSave={(quantity) => change({ quantity }, t('cancellable.updated', { name }))}
          />
        ) : null}
      </TableCell>
    </TableRow>
  );
}
