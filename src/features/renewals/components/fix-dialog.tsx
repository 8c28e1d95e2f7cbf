import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useFormatters } from '@/lib/locale';
import { subscriptionsQuery } from '@/features/subscriptions';
import { cotermDateFromApi, scheduleCoterm, turnOffAutoRenew, type BulkFix } from '../fixes';
import { rowKey, type AlignmentRow } from '../model';

type Planned = { row: AlignmentRow; to: string | undefined };
type Outcome = { row: AlignmentRow; result: 'ok' | 'skipped' | 'failed'; message?: string };

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Preview of every selected subscription's new end date, then the per-row outcome of applying it. */
export function FixDialog({
  fix,
  rows,
  onClose,
}: {
  fix: BulkFix;
  rows: AlignmentRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation('renewals');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [plan, setPlan] = useState<Planned[] | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all(
      rows.map(async (row): Promise<Planned> => {
        if (!row.issue.fixes.includes(fix)) return { row, to: undefined };
        if (fix === 'autoRenewOff') return { row, to: row.issue.addon.commitmentEndDate };
        const to = await cotermDateFromApi(row.customer.id, row.issue).catch(() => undefined);
        return { row, to };
      }),
    ).then((result) => live && setPlan(result));
    return () => {
      live = false;
    };
  }, [rows, fix]);

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    const results: Outcome[] = [];
    // One at a time: these PATCHes are throttled endpoints too.
    for (const { row, to } of plan) {
      if (!to) {
        results.push({ row, result: 'skipped' });
        continue;
      }
      try {
        if (fix === 'coterm') await scheduleCoterm(row.customer.id, row.issue.addon, to);
        else await turnOffAutoRenew(row.customer.id, row.issue.addon);
        results.push({ row, result: 'ok' });
      } catch (error) {
        results.push({ row, result: 'failed', message: errorMessage(error, tCommon) });
      }
    }
    const customers = [...new Set(plan.map(({ row }) => row.customer.id))];
    await Promise.all(
      customers.map((id) =>
        queryClient.fetchQuery({ ...subscriptionsQuery(id), staleTime: 0 }).catch(() => undefined),
      ),
    );
    setOutcomes(results);
    setBusy(false);
  };

  const applicable = plan?.filter((item) => item.to).length ?? 0;
  const fixName = fix === 'coterm' ? t('alignment.bulk.coterm') : t('alignment.bulk.autoRenewOff');
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open || busy ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('alignment.preview.title', { fix: fixName })}</DialogTitle>
          <DialogContent>
            {outcomes ? (
              <>
                <Text as="h3" weight="semibold" block>
                  {t('alignment.results.title')}
                </Text>
                <ul className={styles.list} aria-live="polite">
                  {outcomes.map(({ row, result, message }) => (
                    <li key={rowKey(row)}>
                      {t(`alignment.results.${result}`, {
                        addon: row.addonName,
                        customer: row.customer.name,
                        message: message ?? '',
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : !plan ? (
              <Spinner size="small" label={t('alignment.preview.loading')} />
            ) : (
              <>
                <Text block>{t('alignment.preview.intro')}</Text>
                <ul className={styles.list}>
                  {plan.map(({ row, to }) => (
                    <li key={rowKey(row)}>
                      {to
                        ? t('alignment.preview.row', {
                            addon: row.addonName,
                            customer: row.customer.name,
                            from: format.date(row.issue.addonEnd),
                            to: format.date(to),
                          })
                        : t('alignment.preview.notAllowed', {
                            addon: row.addonName,
                            customer: row.customer.name,
                          })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button disabled={busy} onClick={onClose}>
              {t('alignment.preview.close')}
            </Button>
            {!outcomes ? (
              <Button
                appearance="primary"
                disabled={!plan || applicable === 0 || busy}
                onClick={() => void apply()}
              >
                {t('alignment.preview.apply', { count: applicable })}
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
