import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { now } from '@/lib/clock';
import { useFormatters } from '@/lib/locale';
import { alignmentRows, cancellableRows, renewalRows } from '../model';
import { useScan } from '../scan-store';

const useStyles = makeStyles({
  figure: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero800,
  },
});

function RenewalCard({ label, value, link }: { label: string; value: string; link: ReactNode }) {
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

/** Home's renewals figures, from the same scan the renewals pages use (it starts here if needed). */
export function RenewalsHomeCards() {
  const { t } = useTranslation('renewals');
  const format = useFormatters();
  const { snapshot } = useScan();
  const counts = useMemo(() => {
    const at = now();
    return {
      renewals: renewalRows(snapshot, 30, at).length,
      misaligned: alignmentRows(snapshot, at).length,
      cancellable: cancellableRows(snapshot, at).length,
    };
  }, [snapshot]);
  const ready = snapshot.finishedAt !== null;
  const value = (count: number) =>
    ready
      ? format.number(count)
      : t('home.scanning', { done: snapshot.done, total: snapshot.customers.length || '…' });
  return (
    <>
      <RenewalCard
        label={t('home.renewals')}
        value={value(counts.renewals)}
        link={<AppLink to="/renewals?days=30">{t('home.renewalsLink')}</AppLink>}
      />
      <RenewalCard
        label={t('home.misaligned')}
        value={value(counts.misaligned)}
        link={<AppLink to="/renewals/alignment">{t('home.misalignedLink')}</AppLink>}
      />
      <RenewalCard
        label={t('home.cancellable')}
        value={value(counts.cancellable)}
        link={<AppLink to="/renewals/cancellable">{t('home.cancellableLink')}</AppLink>}
      />
    </>
  );
}
