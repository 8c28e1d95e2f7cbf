import { Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useFormatters } from '@/lib/locale';
import { customerCountQuery, userCountQuery } from '../api';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingHorizontalL },
  figure: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
});

function StatCard({ label, value, link }: { label: string; value: ReactNode; link: ReactNode }) {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<Text as="h2" weight="semibold">{label}</Text>} />
      <span className={styles.figure}>{value}</span>
      {link}
    </Card>
  );
}

function Counts() {
  const { t } = useTranslation('home');
  const format = useFormatters();
  const styles = useStyles();
  // Suspense queries: a failure reaches the route's error page, which offers a retry.
  const { data: customers } = useSuspenseQuery(customerCountQuery());
  const { data: users } = useSuspenseQuery(userCountQuery());
  return (
    <div className={styles.grid}>
      <StatCard label={t('cards.customers')} value={format.number(customers)} link={<Link to="/customers">{t('cards.customersLink')}</Link>} />
      <StatCard label={t('cards.users')} value={format.number(users)} link={<Link to="/settings/account/users">{t('cards.usersLink')}</Link>} />
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
