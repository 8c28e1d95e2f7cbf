import {
  Badge,
  Button,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExportCsvButton } from '@/components/export-csv-button';
import { PageHeader } from '@/components/page-header';
import { VirtualTable } from '@/components/virtual-table';
import { now } from '@/lib/clock';
import { isoDate, type CsvColumn } from '@/lib/csv';
import { useFormatters } from '@/lib/locale';
import { RenewalsNav } from '../components/renewals-nav';
import { ScanStatus } from '../components/scan-status';
import {
  filterRenewals,
  renewalRows,
  sortRenewals,
  type RenewalFilters,
  type RenewalRow,
  type SortKey,
} from '../model';
import { useScan } from '../scan-store';
import { renewalsHeading } from '../page-headings';

const rowHeight = 48;
// The narrowest the columns go (with gaps and padding) fits the page at 1280 px beside the side
// navigation: wider, the price column sat past the edge and every row needed a sideways scroll.
const columns = 'minmax(140px, 1.3fr) minmax(170px, 1.5fr) 72px 96px 64px 96px 108px minmax(120px, 1fr)';
const windows = [30, 60, 90] as const;
const sortKeys: SortKey[] = ['customer', 'product', 'endDate', 'seats', 'price'];

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    marginBottom: tokens.spacingVerticalM,
  },
  summary: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    marginBottom: tokens.spacingVerticalS,
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  // Names take two lines before they are cut: on one line, at 1280 px, "Microsoft 365 Business
  // Basic" and "… Standard" both read "Microsoft 365 Busines…", and the Base / Add-on badge was cut
  // off with them. Two lines of body text fit the fixed row height the virtual list needs.
  twoLines: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  productCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  productKind: { flexShrink: 0 },
  sortButton: { minWidth: 0, paddingInline: 0, fontWeight: tokens.fontWeightSemibold },
  // Amounts line up on their last digit, so seats and prices compare down the column at a glance.
  numeric: { textAlign: 'end' },
  numericHeader: { display: 'flex', justifyContent: 'flex-end', textAlign: 'end' },
  link: { color: tokens.colorBrandForegroundLink },
});

function readFilters(params: URLSearchParams): RenewalFilters {
  const kind = params.get('kind');
  const autoRenew = params.get('autoRenew');
  return {
    customer: params.get('customer') ?? '',
    product: params.get('product') ?? '',
    kind: kind === 'base' || kind === 'addon' ? kind : 'all',
    autoRenew: autoRenew === 'on' || autoRenew === 'off' ? autoRenew : 'all',
  };
}

const RenewalRowView = memo(function RenewalRowView({ row }: { row: RenewalRow }) {
  const { t } = useTranslation('renewals');
  const { t: tc } = useTranslation('catalog');
  const format = useFormatters();
  const styles = useStyles();
  return (
    <>
      <div role="cell" className={styles.twoLines} title={row.customer.name}>
        <Link className={styles.link} to={`/customers/${row.customer.id}/subscriptions`}>
          {row.customer.name}
        </Link>
      </div>
      <div role="cell" className={styles.productCell}>
        <span className={styles.twoLines} title={row.product}>
          {row.product}
        </span>{' '}
        <Badge
          appearance="tint"
          size="small"
          color={row.isAddon ? 'brand' : 'informative'}
          className={styles.productKind}
        >
          {row.isAddon ? t('addon') : t('base')}
        </Badge>
      </div>
      <div role="cell" className={styles.cell}>
        {tc(`terms.${row.term}`)}
      </div>
      <div role="cell" className={styles.cell}>
        {tc(`billingCycles.${row.billingCycle}`)}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.numeric)}>
        {format.number(row.seats)}
      </div>
      <div role="cell" className={styles.cell}>
        {row.autoRenew ? t('on') : t('off')}
      </div>
      <div role="cell" className={styles.cell}>
        {format.date(row.endDate)}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.numeric)}>
        {row.nextTermPrice !== undefined && row.currency
          ? format.currency(row.nextTermPrice, row.currency)
          : t('noPrice')}
      </div>
    </>
  );
});

export function Component() {
  const { t } = useTranslation('renewals');
  const { t: tc } = useTranslation('catalog');
  const styles = useStyles();
  const { snapshot, store } = useScan();
  const [params, setParams] = useSearchParams();
  const days = windows.find((value) => String(value) === params.get('days')) ?? 30;
  const sort = sortKeys.find((key) => key === params.get('sort')) ?? 'endDate';
  const descending = params.get('dir') === 'desc';
  // Typing updates local state at once and the URL alongside, so a shared link keeps the filters.
  const [filters, setFilters] = useState(() => readFilters(params));
  const update = (changes: Record<string, string>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value && value !== 'all') next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  const setFilter = (key: keyof RenewalFilters, value: string) => {
    setFilters((previous) => ({ ...previous, [key]: value }) as RenewalFilters);
    update({ [key]: value });
  };

  const all = useMemo(() => renewalRows(snapshot, days, now()), [snapshot, days]);
  const sorted = useMemo(() => sortRenewals(all, sort, descending), [all, sort, descending]);
  const shown = useMemo(() => filterRenewals(sorted, filters), [sorted, filters]);

  const headers: Array<{ key: SortKey | null; label: string; numeric?: true }> = [
    { key: 'customer', label: t('columns.customer') },
    { key: 'product', label: t('columns.product') },
    { key: null, label: t('columns.term') },
    { key: null, label: t('columns.billingCycle') },
    { key: 'seats', label: t('columns.seats'), numeric: true },
    { key: null, label: t('columns.autoRenew') },
    { key: 'endDate', label: t('columns.endDate') },
    { key: 'price', label: t('columns.price'), numeric: true },
  ];

  const csvColumns: CsvColumn<RenewalRow>[] = [
    { header: t('csv.customer'), value: (row) => row.customer.name },
    { header: t('csv.product'), value: (row) => row.product },
    { header: t('csv.type'), value: (row) => (row.isAddon ? t('addon') : t('base')) },
    // The table's words, in the page's language: the file is what is shown. Dates stay ISO 8601 and
    // the price a number (with its currency beside it), so a spreadsheet can sort them.
    { header: t('csv.term'), value: (row) => tc(`terms.${row.term}`) },
    { header: t('csv.billingCycle'), value: (row) => tc(`billingCycles.${row.billingCycle}`) },
    { header: t('csv.seats'), value: (row) => row.seats },
    { header: t('csv.autoRenew'), value: (row) => (row.autoRenew ? t('on') : t('off')) },
    { header: t('csv.endDate'), value: (row) => isoDate(row.endDate).slice(0, 10) },
    { header: t('csv.price'), value: (row) => row.nextTermPrice },
    { header: t('csv.currency'), value: (row) => row.currency },
  ];

  return (
    <>
      <PageHeader title={t(renewalsHeading.title)} description={t(renewalsHeading.description)} />
      <RenewalsNav />
      <ScanStatus snapshot={snapshot} store={store} />
      <div className={styles.filters}>
        <Field label={t('filters.window')}>
          <Select value={String(days)} onChange={(_event, data) => update({ days: data.value })}>
            {windows.map((value) => (
              <option key={value} value={value}>
                {t('filters.days', { count: value })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('filters.customer')}>
          <Input
            type="search"
            value={filters.customer}
            onChange={(_event, data) => setFilter('customer', data.value)}
          />
        </Field>
        <Field label={t('filters.product')}>
          <Input
            type="search"
            value={filters.product}
            onChange={(_event, data) => setFilter('product', data.value)}
          />
        </Field>
        <Field label={t('filters.kind')}>
          <Select value={filters.kind} onChange={(_event, data) => setFilter('kind', data.value)}>
            {(['all', 'base', 'addon'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`filters.kinds.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('filters.autoRenew')}>
          <Select value={filters.autoRenew} onChange={(_event, data) => setFilter('autoRenew', data.value)}>
            {(['all', 'on', 'off'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`filters.autoRenews.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.summary}>
        <Text role="status" data-testid="renewals-count">
          {t('filters.results', { count: shown.length })}
        </Text>
        <ExportCsvButton
          fileName={`${t('csv.fileName')}-${days}`}
          columns={csvColumns}
          loadRows={async () => shown}
          disabled={shown.length === 0}
        />
      </div>
      <VirtualTable
        label={t('table')}
        rows={shown}
        rowKey={(row) => row.id}
        rowHeight={rowHeight}
        columns={columns}
        minWidth="976px"
        overscan={8}
        header={headers.map((header) => (
          <div
            key={header.label}
            role="columnheader"
            className={header.numeric ? styles.numericHeader : undefined}
            aria-sort={
              header.key === sort
                ? descending
                  ? 'descending'
                  : 'ascending'
                : header.key
                  ? 'none'
                  : undefined
            }
          >
            {header.key ? (
              <Button
                appearance="transparent"
                className={mergeClasses(styles.sortButton, header.numeric && styles.numeric)}
                icon={
                  header.key === sort ? (
                    descending ? (
                      <ArrowSortDownRegular />
                    ) : (
                      <ArrowSortUpRegular />
                    )
                  ) : undefined
                }
                iconPosition="after"
                onClick={() =>
                  update({
                    sort: header.key ?? '',
                    dir: header.key === sort && !descending ? 'desc' : '',
                  })
                }
              >
                {header.label}
              </Button>
            ) : (
              header.label
            )}
          </div>
        ))}
        renderRow={(row) => <RenewalRowView row={row} />}
        empty={shown.length === 0 && snapshot.status === 'done' ? t('empty') : undefined}
      />
    </>
  );
}
