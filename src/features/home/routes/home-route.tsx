import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { FigureCard } from '@/components/figure-card';
import { PageHeader } from '@/components/page-header';
import { LatestAnnouncementsCard } from '@/features/announcements';
import { missingScreeningCountQuery } from '@/features/customers';
import { RenewalsHomeCards } from '@/features/renewals';
import { meQueryOptions, useSignedInUserId } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import type { Action } from '@/lib/permissions';
import { customerCountQuery, userCountQuery } from '../api';
import { homeHeading } from '../page-headings';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** A failed fetch reaches the route's error page only when there is no earlier answer to keep. */
const nothingToShow = (_error: Error, query: { state: { data: unknown } }) => query.state.data === undefined;

/**
 * A count from a collection's totalCount. Its card shows at once and the figure fills in. A count
 * that cannot be had reaches the route's error page, which offers a retry; a background refresh
 * that fails keeps the figure already shown (as a suspense query would).
 */
function CountCard<Key extends QueryKey>({
  query,
  label,
  link,
}: {
  query: UseQueryOptions<number, Error, number, Key>;
  label: string;
  link: ReactNode;
}) {
  const format = useFormatters();
  const { data } = useQuery({ ...query, throwOnError: nothingToShow });
  return (
    <FigureCard label={label} figure={data === undefined ? undefined : format.number(data)} link={link} />
  );
}

/**
 * Only the figures the signed-in role may see: the same permissions table the API enforces. Not a
 * suspense query: React holds a suspended boundary's reveal back for up to 300 ms after any fallback
 * on the page (the shell's lazy parts have some), and the cards waited that long after the answer.
 */
function Counts() {
  const { t } = useTranslation('home');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const { data: me } = useQuery({
    ...meQueryOptions(useSignedInUserId()),
    throwOnError: nothingToShow,
  });
  if (!me) return <Text role="status">{tCommon('states.loading')}</Text>;
  const can = (action: Action) => me.allowedActions.includes(action);
  return (
    <div className={styles.grid}>
      {can('customers.read') ? (
        <CountCard
          query={customerCountQuery()}
          label={t('cards.customers')}
          link={<AppLink to="/customers">{t('cards.customersLink')}</AppLink>}
        />
      ) : null}
      {can('customers.read') ? (
        <CountCard
          query={missingScreeningCountQuery()}
          label={t('cards.missingScreening')}
          link={<AppLink to="/customers?screening=missing">{t('cards.missingScreeningLink')}</AppLink>}
        />
      ) : null}
      {can('users.read') ? (
        <CountCard
          query={userCountQuery()}
          label={t('cards.users')}
          link={<AppLink to="/settings/account/users">{t('cards.usersLink')}</AppLink>}
        />
      ) : null}
      {can('customers.read') && can('subscriptions.read') ? <RenewalsHomeCards /> : null}
      {can('announcements.read') ? <LatestAnnouncementsCard /> : null}
    </div>
  );
}

export function Component() {
  const { t } = useTranslation('home');
  return (
    <>
      <PageHeader title={t(homeHeading.title)} description={t(homeHeading.description)} />
      <Counts />
    </>
  );
}
