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
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Skeleton,
  SkeletonItem,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import type { SubscribedSku, Subscription } from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import { hoursLeft, includesAddonServices, isWithin, skuKey } from '@/lib/commerce-rules';
import { useFormatters } from '@/lib/locale';
import {
  catalogKeys,
  customerQuery,
  productsQuery,
  subscribedSkusQuery,
  toRows,
  type CatalogRow,
} from '@/features/catalog';
import {
  cotermDatesQuery,
  patchSubscription,
  scheduleCoterm,
  subscriptionKeys,
  subscriptionsQuery,
  transitionEligibilitiesQuery,
  upgradeSubscription,
} from '../api';
import type { ScheduledNextTermInstructions } from '@/lib/api-types/catalog';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { QuantityDialog } from '../components/quantity-dialog';
import { useScreeningGate } from '@/features/customers';
import { AppLink } from '@/components/app-link';
import { CardTitle } from '@/components/card-title';
import { ExportCsvButton } from '@/components/export-csv-button';
import { useSubscriptionCsvColumns } from '../subscription-csv';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  section: {
    marginTop: tokens.spacingVerticalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

const productSku = (subscription: Subscription) => {
  const [productId = '', skuId = ''] = subscription.offerId.split(':');
  return skuKey(productId, skuId);
};

interface Relation {
  base?: Subscription;
  /** The base already includes what the add-on adds (after an upgrade, E5 and Teams Phone). */
  included?: boolean;
  otherChannel?: SubscribedSku;
}

export function Component() {
  const { t } = useTranslation('subscriptions');
  const { t: tc } = useTranslation('catalog');
  const styles = useStyles();
  const { customerId = '' } = useParams();
  const customer = useQuery(customerQuery(customerId));
  const country = customer.data?.billingProfile?.defaultAddress.country;
  const subscriptions = useQuery(subscriptionsQuery(customerId));
  const subscribed = useQuery(subscribedSkusQuery(customerId));
  const products = useQuery({ ...productsQuery(country ?? ''), enabled: Boolean(country) });
  const rows = useMemo(
    () => new Map(toRows(products.data ?? []).map((row) => [row.key, row])),
    [products.data],
  );
  const name = customer.data?.companyProfile.companyName ?? customer.data?.companyProfile.domain ?? '';
  const gate = useScreeningGate();
  const csvColumns = useSubscriptionCsvColumns();

  const items = subscriptions.data ?? [];
  const active = items.filter((item) => item.status === 'active');
  // Which subscription is an add-on of which base comes from the catalog and the customer's other
  // licences: shown before those arrive, an add-on would first read as a base and then move.
  const sources = [subscriptions, subscribed, products];
  const failed = sources.filter((query) => query.isError);
  const ready = sources.every((query) => query.data !== undefined);

  /** An add-on's base: this partner's subscription first, else a licence from another channel. */
  function relationOf(subscription: Subscription): Relation | undefined {
    const row = rows.get(productSku(subscription));
    if (!row?.isAddon) return undefined;
    const prerequisites = row.sku.dynamicAttributes.prerequisiteSkus ?? [];
    const base = active.find((candidate) => prerequisites.includes(productSku(candidate)));
    if (base) return { base };
    // An upgrade suspends the old base; the new one is no prerequisite, for it already has the service.
    const services = row.sku.dynamicAttributes.includedServices ?? [];
    const including = active.find((candidate) => {
      const candidateRow = rows.get(productSku(candidate));
      return (
        !candidateRow?.isAddon &&
        includesAddonServices(candidateRow?.sku.dynamicAttributes.includedServices ?? [], services)
      );
    });
    if (including) return { base: including, included: true };
    const otherChannel = (subscribed.data ?? []).find(
      (licence) =>
        licence.capabilityStatus === 'Enabled' &&
        licence.channel !== 'thisPartner' &&
        prerequisites.includes(skuKey(licence.productId, licence.skuId)),
    );
    return { ...(otherChannel ? { otherChannel } : {}) };
  }

  // Bases first, each followed by the add-ons that rely on it.
  const ordered = useMemo(() => {
    const relations = new Map(items.map((item) => [item.id, relationOf(item)]));
    const bases = items.filter((item) => !relations.get(item.id));
    const result: Subscription[] = [];
    for (const base of bases) {
      result.push(base, ...items.filter((item) => relations.get(item.id)?.base?.id === base.id));
    }
    return [...result, ...items.filter((item) => !result.includes(item))];
    // relationOf reads the same inputs listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, rows, subscribed.data]);

  const others = (subscribed.data ?? []).filter(
    (licence) => licence.channel !== 'thisPartner' && licence.capabilityStatus === 'Enabled',
  );

  return (
    <>
      <PageHeader
        title={name ? t('subscriptions.titleFor', { customer: name }) : t('subscriptions.title')}
        description={name ? t('subscriptions.intro', { customer: name }) : undefined}
        actions={
          <>
            <ExportCsvButton
              fileName={t('subscriptionExport.fileName', {
                customer: customer.data?.companyProfile.domain ?? customerId,
              })}
              columns={csvColumns}
              loadRows={() => Promise.resolve(ordered)}
              disabled={!ready || ordered.length === 0}
            />
            <AppLink to={`/catalog?customer=${customerId}`}>{t('subscriptions.openCatalog')}</AppLink>
          </>
        }
      />
      {failed[0] ? (
        <ErrorState error={failed[0].error} onRetry={() => failed.forEach((query) => void query.refetch())} />
      ) : !ready ? (
        <Skeleton aria-label={t('subscriptions.title')}>
          <SkeletonItem size={48} />
          <SkeletonItem size={48} />
        </Skeleton>
      ) : items.length === 0 ? (
        <Text>{t('subscriptions.empty')}</Text>
      ) : (
        <div className={styles.list}>
          {ordered.map((subscription) => (
            <SubscriptionCard
              key={subscription.id}
              customerId={customerId}
              subscription={subscription}
              row={rows.get(productSku(subscription))}
              relation={relationOf(subscription)}
              addons={items.filter(
                (item) => item.status === 'active' && relationOf(item)?.base?.id === subscription.id,
              )}
              rows={rows}
              guard={gate.guard}
            />
          ))}
        </div>
      )}
      {others.length > 0 ? (
        <section className={styles.section}>
          <CardTitle size={500}>{t('subscriptions.otherChannels')}</CardTitle>
          <Text>{t('subscriptions.otherChannelsIntro')}</Text>
          <ul>
            {others.map((licence) => (
              <li key={`${licence.productId}:${licence.skuId}:${licence.channel}`}>
                {t('subscriptions.units', {
                  name: licence.productSku.name,
                  units: licence.totalUnits,
                  channel: tc(`channels.${licence.channel}`),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {gate.element}
    </>
  );
}

function SubscriptionCard({
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

function AlignNotice({
  customerId,
  addon,
  base,
  onAligned,
  guard,
}: {
  customerId: string;
  addon: Subscription;
  base: Subscription;
  onAligned: () => void;
  guard: (customerId: string, proceed: () => void) => Promise<void>;
}) {
  const { t } = useTranslation('subscriptions');
  const format = useFormatters();
  const notify = useNotify();
  const dates = useQuery(cotermDatesQuery(customerId, addon, base.id));
  const target = dates.data?.find((item) =>
    item.cotermSubscriptionIds?.includes(base.id),
  )?.allowedCustomTermEndDate;
  const align = useMutation({
    mutationFn: (date: string) => scheduleCoterm(customerId, addon, date.slice(0, 10)),
    onSuccess: (_result, date) => {
      onAligned();
      notify(t('subscriptions.aligned', { name: addon.friendlyName, date: format.date(date.slice(0, 10)) }));
    },
  });
  return (
    // Busy until the allowed dates are known: the button is disabled until then, and enables itself.
    <MessageBar intent="warning" layout="multiline" aria-busy={dates.isPending}>
      <MessageBarBody>
        <MessageBarTitle>{t('subscriptions.misaligned')}</MessageBarTitle>
        {t('subscriptions.misalignedBody', {
          base: base.friendlyName,
          baseEnd: format.date(base.commitmentEndDate),
          end: format.date(addon.commitmentEndDate),
        })}
        <div>{t('subscriptions.alignAtRenewal')}</div>
        {dates.data && !target ? <div>{t('subscriptions.alignUnavailable')}</div> : null}
        {align.isError ? <ErrorState error={align.error} /> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          disabled={!target || align.isPending}
          onClick={() => target && void guard(customerId, () => align.mutate(target))}
        >
          {t('subscriptions.align')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function UpgradeDialog({
  customerId,
  subscription,
  onUpgraded,
  row,
  addons,
  rows,
  onClose,
  closeLabel,
}: {
  customerId: string;
  subscription: Subscription;
  onUpgraded: () => void;
  row: CatalogRow;
  addons: Subscription[];
  rows: Map<string, CatalogRow>;
  onClose: () => void;
  closeLabel: string;
}) {
  const { t } = useTranslation('subscriptions');
  const { t: tc } = useTranslation('catalog');
  const notify = useNotify();
  const targets = row.sku.dynamicAttributes.upgradeTargetOffers ?? [];
  const [target, setTarget] = useState(targets[0] ?? '');
  // The documented new-commerce upgrade flow: eligible transitions first, then the transition.
  const eligibilities = useQuery(transitionEligibilitiesQuery(customerId, subscription.id));
  const eligible = eligibilities.data?.find(
    (item) => item.catalogItemId.startsWith(`${target}:`) && item.eligibilities.some((e) => e.isEligible),
  );
  const upgrade = useMutation({
    mutationFn: (catalogItemId: string) => upgradeSubscription(customerId, subscription, catalogItemId),
    onSuccess: () => {
      onUpgraded();
      notify(
        t('subscriptions.upgraded', {
          name: subscription.friendlyName,
          target: rows.get(target)?.sku.title ?? target,
        }),
      );
    },
  });
  const targetRow = rows.get(target);
  const included = targetRow?.sku.dynamicAttributes.includedServices ?? [];
  const overlapping = addons.flatMap((addon) => {
    const services = (rows.get(productSku(addon))?.sku.dynamicAttributes.includedServices ?? []).filter(
      (service) => included.includes(service),
    );
    return services.length > 0 ? [{ addon, services }] : [];
  });
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('subscriptions.upgradeTitle', { name: row.sku.title })}</DialogTitle>
          <DialogContent>
            <Field label={t('subscriptions.upgradeTarget')}>
              <Select value={target} onChange={(_event, data) => setTarget(data.value)}>
                {targets.map((key) => (
                  <option key={key} value={key}>
                    {rows.get(key)?.sku.title ?? key}
                  </option>
                ))}
              </Select>
            </Field>
            {/* Before the upgrade only: after it the list has moved on and the overlap is the alignment page's. */}
            {upgrade.isSuccess ? null : overlapping.length > 0 ? (
              overlapping.map(({ addon, services }) => (
                <MessageBar key={addon.id} intent="info" layout="multiline">
                  <MessageBarBody>
                    {t('subscriptions.upgradeNotice', {
                      target: targetRow?.sku.title ?? target,
                      services: services
                        .map((service) => tc(`services.${service}` as 'services.Teams'))
                        .join(', '),
                      addon: addon.friendlyName,
                    })}
                  </MessageBarBody>
                </MessageBar>
              ))
            ) : (
              <Text block>
                {t('subscriptions.upgradeNoOverlap', { target: targetRow?.sku.title ?? target })}
              </Text>
            )}
            <Text block>{t('subscriptions.upgradeHowTo')}</Text>
            {upgrade.isSuccess ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {t('subscriptions.upgraded', {
                    name: subscription.friendlyName,
                    target: targetRow?.sku.title ?? target,
                  })}{' '}
                  {t('subscriptions.upgradeFlagged')}{' '}
                  <AppLink to="/renewals/alignment?reason=includedInUpgrade">
                    {t('subscriptions.alignmentLink')}
                  </AppLink>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {upgrade.isError ? <ErrorState error={upgrade.error} /> : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{closeLabel}</Button>
            {!upgrade.isSuccess ? (
              <Button
                appearance="primary"
                disabled={!eligible || upgrade.isPending}
                onClick={() => eligible && upgrade.mutate(eligible.catalogItemId)}
              >
                {t('subscriptions.upgradeNow')}
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
