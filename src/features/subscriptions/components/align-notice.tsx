import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import type { Subscription } from '@/lib/api-types/catalog';
import { useFormatters } from '@/lib/locale';
import { cotermDatesQuery, scheduleCoterm } from '../api';

/**
 * Under an add-on whose term outlives its base's: explains it and schedules the coterminous date
 * Partner Center allows (custom-term-end-dates), applied at the add-on's renewal.
 */
export function AlignNotice({
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
