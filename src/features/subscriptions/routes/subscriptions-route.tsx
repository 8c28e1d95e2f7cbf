import { Skeleton, SkeletonItem, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { CardTitle } from '@/components/card-title';
import { ErrorState } from '@/components/error-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { PageHeader } from '@/components/page-header';
import { customerQuery, productsQuery, subscribedSkusQuery, toRows } from '@/features/catalog';
import { useScreeningGate } from '@/features/customers';
import { subscriptionsQuery } from '../api';
import { SubscriptionCard } from '../components/subscription-card';
import { useSubscriptionCsvColumns } from '../subscription-csv';
import { productSkuKey } from '../addon-base';
import { basesThenAddons } from '../subscription-relations';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: {
    marginTop: tokens.spacingVerticalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

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
  // Which subscription is an add-on of which base comes from the catalog and the customer's other
  // licences: shown before those arrive, an add-on would first read as a base and then move.
  const sources = [subscriptions, subscribed, products];
  const failed = sources.filter((query) => query.isError);
  const ready = sources.every((query) => query.data !== undefined);

  // The add-on → base relations read the catalog and the other channels' licences as well.
  const ordered = useMemo(
    () => basesThenAddons({ subscriptions: subscriptions.data ?? [], rows, licences: subscribed.data ?? [] }),
    [subscriptions.data, rows, subscribed.data],
  );

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
              loadRows={() => Promise.resolve(ordered.map((item) => item.subscription))}
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
          {ordered.map(({ subscription, relation }) => (
            <SubscriptionCard
              key={subscription.id}
              customerId={customerId}
              subscription={subscription}
              row={rows.get(productSkuKey(subscription))}
              relation={relation}
              addons={ordered
                .filter(
                  (item) =>
                    item.subscription.status === 'active' && item.relation?.base?.id === subscription.id,
                )
                .map((item) => item.subscription)}
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
