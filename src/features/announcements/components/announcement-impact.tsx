import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { ErrorState } from '@/components/error-state';
import type { Announcement, ImpactReason } from '@/lib/api-types/announcements';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import { impactQuery } from '../api';
import { appLinkHref } from '../app-links';

/** A long list (a promotion open to most customers) starts folded to its first lines. */
const foldedCount = 10;

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS },
  reason: { display: 'block', color: tokens.colorNeutralForeground2 },
});

function useReasonText() {
  const { t } = useTranslation('announcements');
  const format = useFormatters();
  const country = format.countryName;
  return (reason: ImpactReason): string => {
    switch (reason.code) {
      case 'missingInn':
      case 'missingPhone':
        return t(`impact.reasons.${reason.code}`, { country: country(reason.params.country) });
      case 'euEftaNewCommerce':
        return t('impact.reasons.euEftaNewCommerce', {
          count: reason.params.count,
          country: country(reason.params.country),
        });
      case 'promotionNewToCloud':
      case 'promotionNoRecentVoice':
        return t(`impact.reasons.${reason.code}`, {
          promotion: reason.params.promotion,
          endDate: format.date(reason.params.endDate),
          country: country(reason.params.country),
        });
      case 'mcaMissing':
        return t('impact.reasons.mcaMissing');
      case 'mcaDuplicate':
        return t('impact.reasons.mcaDuplicate', { count: reason.params.count });
      case 'educationPending':
        return t('impact.reasons.educationPending', {
          since: reason.params.since ? format.date(reason.params.since) : '',
        });
      case 'businessVoiceBase':
        return t('impact.reasons.businessVoiceBase', {
          base: reason.params.base,
          users: format.number(reason.params.users),
        });
    }
  };
}

/**
 * "Affects N of your customers" and who they are, for an entry that concerns customers. Says
 * nothing for entries about no customer, and to people who may not see customers.
 */
export function AnnouncementImpactPanel({ entry }: { entry: Announcement }) {
  const canRead = useCan('customers.read');
  if (!canRead) return null;
  return <ImpactPanel entry={entry} />;
}

function ImpactPanel({ entry }: { entry: Announcement }) {
  const { t } = useTranslation('announcements');
  const styles = useStyles();
  const headingId = useId();
  const reasonText = useReasonText();
  const [showAll, setShowAll] = useState(false);
  const impact = useQuery(impactQuery(entry.month, entry.slug));
  if (impact.error) return <ErrorState error={impact.error} onRetry={() => void impact.refetch()} />;
  if (!impact.data || impact.data.totalCount === 0) return null;
  const { items, totalCount, rule, countries } = impact.data;
  // The work list narrowed to the entry's countries, so it shows exactly the customers counted here.
  const workList = countries?.length
    ? `${appLinkHref('customers.missingScreening')}&countries=${countries.join(',')}`
    : appLinkHref('customers.missingScreening');
  const shown = showAll ? items : items.slice(0, foldedCount);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h3" weight="semibold" id={headingId} className={styles.heading}>
        {t('impact.heading', { count: totalCount })}
      </Text>
      {rule === 'screening' ? <AppLink to={workList}>{t('impact.workList')}</AppLink> : null}
      <ul aria-label={t('impact.listLabel')} className={styles.list}>
        {shown.map((customer) => (
          <li key={customer.customerId} className={styles.item}>
            <AppLink to={`/customers/${encodeURIComponent(customer.customerId)}/account`}>
              {customer.companyName}
            </AppLink>
            <Text size={200} className={styles.reason}>
              {customer.reasons.map(reasonText).join(' · ')}
            </Text>
          </li>
        ))}
      </ul>
      {items.length > foldedCount ? (
        <div>
          <Button size="small" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
            {showAll ? t('impact.showFewer') : t('impact.showAll', { count: totalCount })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
