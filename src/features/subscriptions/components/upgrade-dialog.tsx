import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from '@fluentui/react-components';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import type { Subscription } from '@/lib/api-types/catalog';
import type { CatalogRow } from '@/features/catalog';
import { transitionEligibilitiesQuery, upgradeSubscription } from '../api';
import { productSkuKey } from '../addon-base';

/** Upgrade a base to one of its target offers, saying first which add-ons the target makes redundant. */
export function UpgradeDialog({
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
    const services = (rows.get(productSkuKey(addon))?.sku.dynamicAttributes.includedServices ?? []).filter(
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
