import {
  Badge,
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTitle } from '@/components/card-title';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import type { ScheduledNextTermInstructions, Subscription } from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import { hoursLeft, isWithin } from '@/lib/commerce-rules';
import { useFormatters } from '@/lib/locale';
import { catalogKeys, type CatalogRow } from '@/features/catalog';
import { patchSubscription, subscriptionKeys } from '../api';
import type { Relation } from '../subscription-relations';
import { AlignNotice } from './align-notice';
import { QuantityDialog } from './quantity-dialog';
import { UpgradeDialog } from './upgrade-dialog';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  addonCard: {
    marginLeft: tokens.spacingHorizontalXXL,
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorBrandStroke1,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  facts: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * One subscription of the customer's list: its facts, auto-renewal, the 168-hour window's actions,
 * a scheduled change, and for an add-on its base and whether their terms are aligned.
 */
export function SubscriptionCard({
  customerId,
  subscription,
  row,
  relation,
  addons,
  rows,
  guard,
}: {
  customerId: string;
  subscription: Subscription;
  row: CatalogRow | undefined;
  relation: Relation | undefined;
  addons: Subscription[];
  rows: Map<string, CatalogRow>;
  guard: (customerId: string, proceed: () => void) => Promise<void>;
}) {
  const { t } = useTranslation('subscriptions');
  const { t: tc } = useTranslation('catalog');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [dialog, setDialog] = useState<'add' | 'reduce' | 'cancel' | 'upgrade' | undefined>();
  // A mid-term change drops the scheduled change: ask first, and offer to put it back after.
  const pending = subscription.scheduledNextTermInstructions ?? undefined;
  const [guarded, setGuarded] = useState<(() => void) | undefined>();
  const [dropped, setDropped] = useState<ScheduledNextTermInstructions | undefined>();
  const midTerm = (proceed: () => void) => {
    if (!pending) return proceed();
    const instructions = pending;
    setGuarded(() => () => {
      setDropped(instructions);
      proceed();
    });
  };
  const isAddon = relation !== undefined;
  const cancelled = subscription.status === 'deleted';
  // Suspended (an upgraded base), expired or cancelled: nothing on it can be changed any more.
  const inactive = subscription.status !== 'active';
  const at = now();
  const windowUntil = subscription.cancellationAllowedUntilDate;
  const windowOpen = windowUntil !== undefined && isWithin(windowUntil, at);
  const reducible = subscription.refundableQuantity?.totalQuantity ?? 0;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: subscriptionKeys.list(customerId) });
    void queryClient.invalidateQueries({ queryKey: catalogKeys.subscribedSkus(customerId) });
  };
  const patch = useMutation({
    mutationFn: (changes: Partial<Subscription>) => patchSubscription(customerId, subscription, changes),
    onSuccess: refresh,
  });
  const change = (changes: Partial<Subscription>, message: string) =>
    guard(customerId, () => patch.mutate(changes, { onSuccess: () => notify(message) }));
  const withdraw = () =>
    change(
      { scheduledNextTermInstructions: null },
      t('subscriptions.withdrawn', { name: subscription.friendlyName }),
    );
  const reapply = () => {
    if (!dropped) return;
    const instructions = { ...dropped, quantity: subscription.quantity };
    void guard(customerId, () =>
      patch.mutate(
        { scheduledNextTermInstructions: instructions },
        {
          onSuccess: () => {
            setDropped(undefined);
            notify(t('subscriptions.reapplied', { name: subscription.friendlyName }));
          },
        },
      ),
    );
  };

  const base = relation?.base;
  const misaligned = Boolean(
    base &&
    !relation?.included &&
    !inactive &&
    !pending &&
    subscription.commitmentEndDate > base.commitmentEndDate,
  );

  return (
    <Card className={mergeClasses(styles.card, isAddon && styles.addonCard)}>
      <div className={styles.head}>
        <CardTitle size={500}>{subscription.friendlyName}</CardTitle>
        <Badge appearance="tint" color={isAddon ? 'brand' : 'informative'}>
          {isAddon ? t('subscriptions.addon') : t('subscriptions.base')}
        </Badge>
        <Badge appearance="outline" color={cancelled ? 'danger' : inactive ? 'warning' : 'success'}>
          {t(`subscriptions.status.${subscription.status}`)}
        </Badge>
      </div>
      {relation ? (
        <Text>
          {relation.base
            ? relation.included
              ? t('subscriptions.includedIn', { base: relation.base.friendlyName })
              : t('subscriptions.reliesOn', { base: relation.base.friendlyName })
            : relation.otherChannel
              ? t('subscriptions.reliesOnOther', {
                  base: relation.otherChannel.productSku.name,
                  channel: tc(`channels.${relation.otherChannel.channel}`),
                })
              : t('subscriptions.noBase')}
        </Text>
      ) : null}
      <div className={styles.facts}>
        <Text>{t('subscriptions.quantity', { count: subscription.quantity })}</Text>
        <Text>
          {t('subscriptions.term', {
            term: tc(`terms.${subscription.termDuration}`),
            cycle: tc(`billingCycles.${subscription.billingCycle}`).toLowerCase(),
          })}
        </Text>
        <Text>{t('subscriptions.started', { date: format.date(subscription.effectiveStartDate) })}</Text>
        <Text>{t('subscriptions.ends', { date: format.date(subscription.commitmentEndDate) })}</Text>
      </div>
      {subscription.suspensionReasons?.includes('Upgraded') ? (
        <Text>{t('subscriptions.upgradedAway')}</Text>
      ) : null}
      {!inactive ? (
        <>
          <div className={styles.actions}>
            <Switch
              checked={subscription.autoRenewEnabled}
              label={t('subscriptions.autoRenew', { name: subscription.friendlyName })}
              onChange={(_event, data) =>
                midTerm(
                  () =>
                    void change(
                      { autoRenewEnabled: data.checked },
                      data.checked
                        ? t('subscriptions.autoRenewOn', { name: subscription.friendlyName })
                        : t('subscriptions.autoRenewOff', { name: subscription.friendlyName }),
                    ),
                )
              }
            />
            <Text>
              {subscription.autoRenewEnabled
                ? t('subscriptions.renewal', { date: format.date(nextDay(subscription.commitmentEndDate)) })
                : t('subscriptions.noRenewal', { date: format.date(subscription.commitmentEndDate) })}
            </Text>
          </div>
          <Text id={reasonId}>
            {windowOpen && windowUntil
              ? t('subscriptions.windowOpen', {
                  count: hoursLeft(windowUntil, at),
                  date: format.dateTime(windowUntil),
                })
              : t('subscriptions.windowClosed', {
                  date: format.dateTime(windowUntil ?? subscription.creationDate),
                })}
          </Text>
          <div className={styles.actions}>
            <Button onClick={() => midTerm(() => setDialog('add'))}>{t('subscriptions.addLicences')}</Button>
            <Button
              disabledFocusable={!windowOpen || reducible === 0}
              aria-describedby={reasonId}
              onClick={() => midTerm(() => setDialog('reduce'))}
            >
              {t('subscriptions.reduceLicences')}
            </Button>
            <Button
              disabledFocusable={!windowOpen}
              aria-describedby={reasonId}
              onClick={() => setDialog('cancel')}
            >
              {t('subscriptions.cancel')}
            </Button>
            {!isAddon && (row?.sku.dynamicAttributes.upgradeTargetOffers?.length ?? 0) > 0 ? (
              <Button onClick={() => setDialog('upgrade')}>{t('subscriptions.upgrade')}</Button>
            ) : null}
          </div>
        </>
      ) : null}
      {pending && !inactive ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('subscriptions.pending')}</MessageBarTitle>
            {pending.customTermEndDate
              ? t('subscriptions.pendingBody', {
                  count: pending.quantity,
                  date: format.date(pending.customTermEndDate.slice(0, 10)),
                })
              : t('subscriptions.pendingNoDate', { count: pending.quantity })}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={patch.isPending} onClick={() => void withdraw()}>
              {t('subscriptions.withdraw')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {dropped && !pending && !inactive ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('subscriptions.reapplyTitle')}</MessageBarTitle>
            {t('subscriptions.reapplyBody', { name: subscription.friendlyName })}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={patch.isPending || !subscription.autoRenewEnabled} onClick={reapply}>
              {t('subscriptions.reapply')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <ConfirmDialog
        open={guarded !== undefined}
        title={t('subscriptions.guardTitle')}
        body={t('subscriptions.guardBody', { name: subscription.friendlyName })}
        confirmLabel={t('subscriptions.guardConfirm')}
        onConfirm={async () => {
          const proceed = guarded;
          setGuarded(undefined);
          proceed?.();
        }}
        onClose={() => setGuarded(undefined)}
      />
      {misaligned && base ? (
        <AlignNotice
          customerId={customerId}
          addon={subscription}
          base={base}
          onAligned={refresh}
          guard={guard}
        />
      ) : null}
      {patch.isError ? <ErrorState error={patch.error} /> : null}
      {dialog === 'add' || dialog === 'reduce' ? (
        <QuantityDialog
          subscription={subscription}
          mode={dialog}
          reducible={reducible}
          onClose={() => setDialog(undefined)}
          onSave={(quantity) =>
            new Promise((resolve, reject) => {
              void guard(customerId, () =>
                patchSubscription(customerId, subscription, { quantity })
                  .then((result) => {
                    refresh();
                    notify(t('subscriptions.updated', { name: subscription.friendlyName }));
                    resolve(result);
                  })
                  .catch(reject),
              );
            })
          }
        />
      ) : null}
      {dialog === 'cancel' ? (
        <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : setDialog(undefined))}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('subscriptions.cancelTitle', { name: subscription.friendlyName })}</DialogTitle>
              <DialogContent>{t('subscriptions.cancelBody')}</DialogContent>
              <DialogActions>
                <Button onClick={() => setDialog(undefined)}>{t('subscriptions.keep')}</Button>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setDialog(undefined);
                    void change(
                      { status: 'deleted' },
                      t('subscriptions.cancelledToast', { name: subscription.friendlyName }),
                    );
                  }}
                >
                  {t('subscriptions.confirmCancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
      {dialog === 'upgrade' && row ? (
        <UpgradeDialog
          customerId={customerId}
          subscription={subscription}
          onUpgraded={refresh}
          row={row}
          addons={addons}
          rows={rows}
          onClose={() => setDialog(undefined)}
          closeLabel={tCommon('actions.close')}
        />
      ) : null}
    </Card>
  );
}

function nextDay(date: string): string {
  const next = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}
