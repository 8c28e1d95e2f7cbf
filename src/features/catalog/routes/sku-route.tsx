import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CardTitle } from '@/components/card-title';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import type { Sku } from '@/lib/api-types/catalog';
import { termMonths } from '@/lib/commerce-rules';
import { useFormatters } from '@/lib/locale';
import { promotionsQuery, skuDetailsQuery } from '../api';
import { AddToCartDialog } from '../components/add-to-cart-dialog';
import { CompatibleBasesDialog } from '../components/compatible-bases-dialog';
import { CustomerPicker } from '../components/customer-picker';
import { useCatalogContext } from '../use-catalog-context';
import { useScreeningGate } from '@/features/customers';
import { AppLink } from '@/components/app-link';
import { TableScroller } from '@/components/table-scroller';
import { useWrappingBreadcrumb } from '@/components/wrapping-breadcrumb';

const useStyles = makeStyles({
  sections: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    marginTop: tokens.spacingVerticalM,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Spacing comes from the gaps (a CardTitle has no margins: the browser's 17 px, not collapsed in a
  // flex column, left a heading as far from its own section as from the one before).
  sectionHeading: { marginBottom: tokens.spacingVerticalXS },
  picker: { maxWidth: '420px', marginBottom: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // A header cell lays its content out in a row, where a <br> does nothing: the price went beside
  // the product's name and looked like a column of its own.
  productHeading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  productPrice: { fontWeight: tokens.fontWeightRegular },
  // Amounts line up on their last digit, as in the renewals list.
  amount: { textAlign: 'end' },
  amountHeading: { justifyContent: 'flex-end', textAlign: 'end' },
});

/** Teams Rooms Standard vs Premium: the capability rows of the announcement's comparison table. */
const comparedServices = [
  'Teams',
  'PhoneSystem',
  'AudioConferencing',
  'Intune',
  'SkypeForBusiness',
  'ManagedServices',
] as const;

function RoomsComparison({ skus }: { skus: Sku[] }) {
  const { t } = useTranslation('catalog');
  const format = useFormatters();
  const styles = useStyles();
  return (
    <TableScroller label={t('sku.comparison')} minWidth="560px">
      <Table aria-label={t('sku.comparison')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('sku.feature')}</TableHeaderCell>
            {skus.map((sku) => (
              <TableHeaderCell key={sku.id}>
                <span className={styles.productHeading}>
                  <span>{sku.title}</span>
                  <span className={styles.productPrice}>
                    {t('sku.pricePerDevice', {
                      price: format.currency(
                        sku.availabilities?.find((a) => a.terms[0]?.duration === 'P1Y')?.prices[0]
                          ?.unitPricePerMonth ?? 0,
                        sku.availabilities?.[0]?.defaultCurrency.code ?? 'USD',
                      ),
                    })}
                  </span>
                </span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparedServices.map((service) => (
            <TableRow key={service}>
              <TableCell>{t(`services.${service}`)}</TableCell>
              {skus.map((sku) => (
                <TableCell key={sku.id}>
                  {sku.dynamicAttributes.includedServices?.includes(service)
                    ? t('sku.included')
                    : t('sku.notIncluded')}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{t('sku.worldwide')}</TableCell>
            {skus.map((sku) => (
              <TableCell key={sku.id}>
                {sku.dynamicAttributes.availableIn === 'selectMarkets'
                  ? t('sku.worldwideSelect')
                  : t('sku.worldwideYes')}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableScroller>
  );
}

export function Component() {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const format = useFormatters();
  const navigate = useNavigate();
  const { productId = '', skuId = '' } = useParams();
  const context = useCatalogContext();
  const { customerId, country, names, subscribed, customerName, rows } = context;
  const market = country ?? 'US';
  const details = useQuery(skuDetailsQuery(productId, skuId, market, format.locale));
  const promotions = useQuery(promotionsQuery(market, format.locale)).data ?? [];
  const [adding, setAdding] = useState(false);
  const gate = useScreeningGate();
  const wrapping = useWrappingBreadcrumb();
  const query = customerId ? `?customer=${customerId}` : '';

  const breadcrumb = (
    <Breadcrumb aria-label={t('sku.backToCatalog')} list={{ className: wrapping.list }}>
      <BreadcrumbItem>
        <BreadcrumbButton onClick={() => navigate(`/catalog${query}`)}>
          {t('sku.backToCatalog')}
        </BreadcrumbButton>
      </BreadcrumbItem>
      <BreadcrumbDivider />
      <BreadcrumbItem>
        <BreadcrumbButton current>{details.data?.sku.title ?? skuId}</BreadcrumbButton>
      </BreadcrumbItem>
    </Breadcrumb>
  );

  if (details.isError) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={skuId} />
        <ErrorState error={details.error} onRetry={() => void details.refetch()} />
      </>
    );
  }
  if (!details.data) {
    return (
      <>
        {breadcrumb}
        <Skeleton aria-label={t('sku.description')}>
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
        </Skeleton>
      </>
    );
  }

  const { product, sku, siblings, availabilities } = details.data;
  const prerequisites = sku.dynamicAttributes.prerequisiteSkus ?? [];
  const skuPromotions = promotions.filter((promotion) =>
    promotion.applicableSkus.includes(`${product.id}:${sku.id}`),
  );
  const roomsSkus = siblings.filter((candidate) => candidate.dynamicAttributes.availableIn);
  const withAvailabilities = roomsSkus.map(
    (candidate) => rows.find((row) => row.key === `${product.id}:${candidate.id}`)?.sku ?? candidate,
  );

  return (
    <>
      {breadcrumb}
      <PageHeader
        title={sku.title}
        description={product.title}
        actions={
          <Button
            appearance="primary"
            icon={<CartRegular />}
            disabled={!customerId || !country}
            onClick={() => setAdding(true)}
          >
            {t('addToCart.button')}
          </Button>
        }
      />
      <div className={styles.picker}>
        <CustomerPicker
          customerId={customerId}
          onChange={(id) => navigate(`/catalog/${product.id}/${sku.id}?customer=${id}`)}
        />
      </div>
      <div className={styles.sections}>
        <section className={styles.section}>
          <CardTitle size={500} className={styles.sectionHeading}>
            {t('sku.description')}
          </CardTitle>
          <Text>{sku.description}</Text>
          <Text>{product.description}</Text>
          {availabilities[0] ? (
            <Text>{t('sku.segment', { segment: t(`segments.${availabilities[0].segment}`) })}</Text>
          ) : null}
          <Text>
            {t('sku.quantityRange', {
              min: format.number(sku.minimumQuantity),
              max: format.number(sku.maximumQuantity),
            })}
          </Text>
          {sku.dynamicAttributes.legacyOfferIds?.length ? (
            <Text>{t('sku.offerIds', { ids: sku.dynamicAttributes.legacyOfferIds.join(', ') })}</Text>
          ) : null}
        </section>

        <section className={styles.section}>
          <CardTitle size={500} className={styles.sectionHeading}>
            {t('sku.termsAndPrices')}
          </CardTitle>
          <TableScroller label={t('sku.termsAndPrices')} minWidth="560px">
            <Table aria-label={t('sku.termsAndPrices')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('sku.term')}</TableHeaderCell>
                  <TableHeaderCell>{t('sku.billingCycle')}</TableHeaderCell>
                  <TableHeaderCell button={{ className: styles.amountHeading }}>
                    {t('sku.unitPrice')}
                  </TableHeaderCell>
                  <TableHeaderCell button={{ className: styles.amountHeading }}>
                    {t('sku.termPrice')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {availabilities.flatMap((availability) =>
                  availability.prices.map((price) => {
                    const term = availability.terms[0]?.duration ?? 'P1M';
                    return (
                      <TableRow key={`${availability.id}-${price.billingCycle}`}>
                        <TableCell>{t(`termLong.${term}`)}</TableCell>
                        <TableCell>{t(`billingCycles.${price.billingCycle}`)}</TableCell>
                        <TableCell className={styles.amount}>
                          {format.currency(price.unitPricePerMonth, price.currencyCode)}
                        </TableCell>
                        <TableCell className={styles.amount}>
                          {format.currency(price.unitPricePerMonth * termMonths(term), price.currencyCode)}
                        </TableCell>
                      </TableRow>
                    );
                  }),
                )}
              </TableBody>
            </Table>
          </TableScroller>
        </section>

        <section className={styles.section}>
          <CardTitle size={500} className={styles.sectionHeading}>
            {t('sku.promotions')}
          </CardTitle>
          {skuPromotions.length === 0 ? (
            <Text>{t('sku.noPromotions')}</Text>
          ) : (
            skuPromotions.map((promotion) => (
              <Card key={promotion.id}>
                <Text weight="semibold">{promotion.name}</Text>
                <Text>{promotion.description}</Text>
                <Text>
                  {t('sku.promotionDates', {
                    discount: format.percent(promotion.discountFraction),
                    duration: t('sku.promotionMonths', {
                      count: Number(promotion.discountDuration.replace(/^P(\d+)M$/, '$1')),
                    }),
                    start: format.date(promotion.startDate),
                    end: format.date(promotion.endDate),
                  })}
                </Text>
              </Card>
            ))
          )}
        </section>

        <section className={styles.section}>
          <CardTitle size={500} className={styles.sectionHeading}>
            {t('sku.prerequisites')}
          </CardTitle>
          {prerequisites.length === 0 ? (
            <Text>{t('sku.noPrerequisites')}</Text>
          ) : (
            <>
              <ul className={styles.list}>
                {prerequisites.map((key) => (
                  <li key={key}>{names.get(key) ?? key}</li>
                ))}
              </ul>
              <div>
                <CompatibleBasesDialog
                  skuTitle={sku.title}
                  prerequisites={prerequisites}
                  names={names}
                  subscribed={customerId ? subscribed : undefined}
                  customerName={customerName}
                  size="medium"
                />
              </div>
            </>
          )}
        </section>

        {roomsSkus.length > 1 ? (
          <section className={styles.section}>
            <CardTitle size={500} className={styles.sectionHeading}>
              {t('sku.comparison')}
            </CardTitle>
            <RoomsComparison skus={withAvailabilities} />
          </section>
        ) : null}
        {!customerId ? (
          <MessageBar intent="info">
            <MessageBarBody>{t('customer.requiredAbove')}</MessageBarBody>
          </MessageBar>
        ) : (
          <AppLink to={`/catalog/cart${query}`}>{t('cart.title')}</AppLink>
        )}
      </div>
      {adding && customerId && country ? (
        <AddToCartDialog
          target={{ product, sku, availabilities }}
          customerId={customerId}
          country={country}
          guard={gate.guard}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {gate.element}
    </>
  );
}
