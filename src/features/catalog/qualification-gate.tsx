import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import type { CustomerQualification } from '@/lib/api-types/agreements';
import type { Sku } from '@/lib/api-types/catalog';
import { customerQualificationsQuery } from '@/features/customers';

/**
 * Education-priced and GCC SKUs need the customer's matching APPROVED qualification (the API
 * refuses the cart line otherwise). The catalog checks the same rule up front to say why.
 */
export function useQualifications(customerId: string | undefined) {
  const query = useQuery({ ...customerQualificationsQuery(customerId ?? ''), enabled: Boolean(customerId) });
  return {
    loading: Boolean(customerId) && query.isPending,
    /** The qualification this SKU still lacks for the customer, with its current state; undefined if none. */
    missingFor(
      sku: Sku,
    ): { required: 'Education' | 'GovernmentCommunityCloud'; current?: CustomerQualification } | undefined {
      const required = sku.dynamicAttributes.requiresQualification;
      if (!required || !customerId) return undefined;
      const current = query.data?.find((item) => item.qualification === required);
      return current?.vettingStatus === 'Approved'
        ? undefined
        : { required, ...(current ? { current } : {}) };
    },
  };
}

export function QualificationNotice({
  sku,
  customerId,
  customerName,
  missing,
  returnTo,
  onNavigate,
}: {
  sku: Sku;
  customerId: string;
  customerName: string;
  missing: { required: 'Education' | 'GovernmentCommunityCloud'; current?: CustomerQualification };
  returnTo: string;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation('catalog');
  const { current } = missing;
  const state =
    current?.vettingStatus === 'InReview'
      ? t('qualification.inReview', { customer: customerName })
      : current?.vettingStatus === 'Denied'
        ? current.vettingReason
          ? t('qualification.denied', { customer: customerName, reason: current.vettingReason })
          : t('qualification.deniedNoReason', { customer: customerName })
        : t('qualification.none', { customer: customerName });
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t(`qualification.${missing.required}`, { sku: sku.title })} {state}
      </MessageBarBody>
      <MessageBarActions>
        <AppLink
          to={`/customers/${encodeURIComponent(customerId)}/qualifications?returnTo=${encodeURIComponent(returnTo)}`}
          onClick={onNavigate}
        >
          {t('qualification.open', { customer: customerName })}
        </AppLink>
      </MessageBarActions>
    </MessageBar>
  );
}
