import { Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { PageHeader } from '@/components/page-header';
import { LatestAnnouncementsCard } from '@/features/announcements';
import { missingScreeningCountQuery } from '@/features/customers';
import { RenewalsHomeCards } from '@/features/renewals';
import { meQueryOptions, useSignedInUserId } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import type { Action } from '@/lib/permissions';
import { customerCountQuery, userCountQuery } from '../api';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  figure: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero800,
  },
});

function StatCard({ label, value, link }: { label: string; value: ReactNode; link: ReactNode }) {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {label}
          </Text>
        }
      />
      <span className={styles.figure}>{value}</span>
      {link}
    </Card>
  );
}

// Suspense queries: a failure reaches the route's error page, which offers a retry.
function CustomerCount() {
  const { t } = useTranslation('home');
  const format = useFormatters();
  const { data } = useSuspenseQuery(customerCountQuery());
  return (
    <StatCard
      label={t('cards.customers')}
      value={format.number(data)}
      link={<AppLink to="/customers">{t('cards.customersLink')}</AppLink>}
    />
  );
}

function MissingScreeningCount() {
  const { t } = useTranslation('home');
  const format = useFormatters();
  const { data } = useSuspenseQuery(missingScreeningCountQuery());
  return (
    <StatCard
      label={t('cards.missingScreening')}
      value={format.number(data)}
      link={<AppLink to="/customers?screening=missing">{t('cards.missingScreeningLink')}</AppLink>}
    />
  );
}

function UserCount() {
  const { t } = useTranslation('home');
  const format = useFormatters();
  const { data } = useSuspenseQuery(userCountQuery());
  return (
    <StatCard
      label={t('cards.users')}
      value={format.number(data)}
      link={<AppLink to="/settings/account/users">{t('cards.usersLink')}</AppLink>}
    />
  );
}

/** Only the figures the signed-in role may see: the same permissions table the API enforces. */
function Counts() {
  const styles = useStyles();
  const { data: me } = useSuspenseQuery(meQueryOptions(useSignedInUserId()));
  const can = (action: Action) => me.allowedActions.includes(action);
  return (
    <div className={styles.grid}>
      {can('customers.read') ? <CustomerCount /> : null}
      {can('customers.read') ? <MissingScreeningCount /> : null}
      {can('users.read') ? <UserCount /> : null}
      {can('customers.read') && can('subscriptions.read') ? <RenewalsHomeCards /> : null}
      {can('announcements.read') ? <LatestAnnouncementsCard /> : null}
    </div>
  );
}

export function Component() {
  const { t } = useTranslation('home');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <Suspense fallback={<Text role="status">{tCommon('states.loading')}</Text>}>
        <Counts />
      </Suspense>
    </>
  );
}
