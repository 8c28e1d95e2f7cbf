import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Skeleton,
  SkeletonItem,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SearchBox } from '@/components/search-box';
import { CartRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '@/lib/use-commit-after-pause';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { customerQuery } from '../api';
import { useDraftCart } from '../cart-store';
import {
  filterRows,
  productTypeFilters,
  segmentFilters,
  toProductTypeFilter,
  toSegmentFilter,
  type CatalogRow,
  type ProductTypeFilter,
  type SegmentFilter,
} from '../catalog-rows';
import { AddToCartDialog, type AddToCartTarget } from '../components/add-to-cart-dialog';
import { CatalogTable } from '../components/catalog-table';
import { CustomerPicker } from '../components/customer-picker';
import { useCatalogContext } from '../use-catalog-context';
import { catalogHeading } from '../page-headings';
import { useScreeningGate } from '@/features/customers';

const useStyles = makeStyles({
  // The four filters on one row from a 1280 px window up: Fluent's Dropdown keeps 250 px at least,
  // which alone wrapped Search onto a row of its own there.
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    '& .fui-Dropdown': { minWidth: 0 },
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalM,
  },
  status: { display: 'flex', gap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalS },
});

interface ChoiceFilterProps<Choice extends string> {
  label: string;
  hint?: string;
  choices: readonly Choice[];
  /** The first choice means "any": choosing it takes the parameter out of the URL. */
  value: Choice;
  choiceLabel: (choice: Choice) => string;
  onChange: (value: Choice | undefined) => void;
}

function ChoiceFilterField<Choice extends string>({
  label,
  hint,
  choices,
  value,
  choiceLabel,
  onChange,
}: ChoiceFilterProps<Choice>) {
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        value={choiceLabel(value)}
        selectedOptions={[value]}
        onOptionSelect={(_event, data) => {
          const choice = choices.find((candidate) => candidate === data.optionValue);
          onChange(choice === choices[0] ? undefined : choice);
        }}
      >
        {choices.map((choice) => (
          <Option key={choice} value={choice}>
            {choiceLabel(choice)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

// Memoized: typing in Search re-renders the page, and the filters need not follow.
const ChoiceFilter = memo(ChoiceFilterField) as typeof ChoiceFilterField;

/** How long the URL waits for typing to pause; the list itself filters on every keystroke. */
const urlSyncDelayMs = 300;

export function Component() {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const context = useCatalogContext();
  const { customerId, rows, names, subscribed, customerName, country } = context;
  const productType = toProductTypeFilter(params.get('productType'));
  const segment = toSegmentFilter(params.get('segment'));
  const urlQuery = params.get('q') ?? '';
  const [target, setTarget] = useState<AddToCartTarget | undefined>();
  const cart = useDraftCart(customerId);
  const gate = useScreeningGate();
  const customer = useQuery({ ...customerQuery(customerId ?? ''), enabled: Boolean(customerId) });

  // The list filters on every keystroke; the URL catches up after a pause.
  const [query, setQuery] = useUrlSearchText(
    urlQuery,
    (typed) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (typed) next.set('q', typed);
          else next.delete('q');
          return next;
        },
        { replace: true },
      ),
    urlSyncDelayMs,
  );

  const setParam = useCallback(
    (key: string, value: string | undefined) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [setParams],
  );

  const onCustomer = useCallback((id: string) => setParam('customer', id), [setParam]);
  const onProductType = useCallback((value?: string) => setParam('productType', value), [setParam]);
  const onSegment = useCallback((value?: string) => setParam('segment', value), [setParam]);
  const productTypeLabel = useCallback((type: ProductTypeFilter) => t(`productTypes.${type}`), [t]);
  const segmentLabel = useCallback((choice: SegmentFilter) => t(`segments.${choice}`), [t]);
  const visible = useMemo(
    () => filterRows(rows, query, productType, segment),
    [rows, query, productType, segment],
  );
  const onAddToCart = useCallback((row: CatalogRow) => setTarget(row), []);
  const billing = context.products.data?.[0]?.skus?.[0]?.availabilities?.[0]?.defaultCurrency.code;

  return (
    <>
      <PageHeader
        title={t(catalogHeading.title)}
        description={t(catalogHeading.description)}
        actions={
          customerId ? (
            <Button icon={<CartRegular />} onClick={() => navigate(`/catalog/cart?customer=${customerId}`)}>
              {t('cart.link', { count: cart.lines.length })}
            </Button>
          ) : null
        }
      />
      <div className={styles.filters}>
        <CustomerPicker customerId={customerId} onChange={onCustomer} />
        <ChoiceFilter
          label={t('filters.productType')}
          choices={productTypeFilters}
          value={productType}
          choiceLabel={productTypeLabel}
          onChange={onProductType}
        />
        <ChoiceFilter
          label={t('filters.segment')}
          hint={t('filters.segmentHint')}
          choices={segmentFilters}
          value={segment}
          choiceLabel={segmentLabel}
          onChange={onSegment}
        />
        <Field label={t('filters.search')} hint={t('filters.searchHint')}>
          <SearchBox value={query} onChange={(_event, data) => setQuery(data.value)} />
        </Field>
      </div>

      {!customerId ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('customer.browsing')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {customer.isError ? (
        <ErrorState error={customer.error} onRetry={() => void customer.refetch()} />
      ) : context.products.isError ? (
        <ErrorState error={context.products.error} onRetry={() => void context.products.refetch()} />
      ) : !context.products.data ? (
        <Skeleton aria-label={t('title')}>
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
        </Skeleton>
      ) : (
        <>
          <div className={styles.status}>
            <Text role="status" aria-live="polite">
              {t('filters.results', { count: visible.length })}
            </Text>
            {country && billing ? <Text>{t('customer.market', { country, currency: billing })}</Text> : null}
          </div>
          {visible.length === 0 ? (
            <Text>{t('empty')}</Text>
          ) : (
            <CatalogTable
              rows={visible}
              names={names}
              subscribed={subscribed}
              customerName={customerName}
              customerId={customerId}
              onAddToCart={onAddToCart}
            />
          )}
        </>
      )}
      {target && customerId && country ? (
        <AddToCartDialog
          target={target}
          customerId={customerId}
          country={country}
          guard={gate.guard}
          onClose={() => setTarget(undefined)}
        />
      ) : null}
      {gate.element}
    </>
  );
}
