import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { FigureCard } from '@/components/figure-card';
import { now } from '@/lib/clock';
import { useFormatters } from '@/lib/locale';
import { alignmentRows, cancellableRows, renewalRows } from '../model';
import { useScan } from '../scan-store';

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
  const figure = (count: number) => (ready ? format.number(count) : undefined);
  const progress = t('home.scanning', { done: snapshot.done, total: snapshot.customers.length || '…' });
  return (
    <>
      <FigureCard
        label={t('home.renewals')}
        figure={figure(counts.renewals)}
        progress={progress}
        link={<AppLink to="/renewals?days=30">{t('home.renewalsLink')}</AppLink>}
      />
      <FigureCard
        label={t('home.misaligned')}
        figure={figure(counts.misaligned)}
        progress={progress}
        link={<AppLink to="/renewals/alignment">{t('home.misalignedLink')}</AppLink>}
      />
      <FigureCard
        label={t('home.cancellable')}
        figure={figure(counts.cancellable)}
        progress={progress}
        link={<AppLink to="/renewals/cancellable">{t('home.cancellableLink')}</AppLink>}
      />
    </>
  );
}
