import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubscribedSku } from '@/lib/api-types/catalog';
import { useFormatters } from '@/lib/locale';
import type { CatalogRow } from '../catalog-rows';
import { AddonInfoButton } from './addon-info-button';
import { CompatibleBasesDialog } from './compatible-bases-dialog';
import { pricePerTerm } from './price-text';

const rowHeight = 72;
// The narrowest the columns go (with gaps and padding) fits the page at 1280 px beside the side
// navigation: wider, the Actions column, with each row's Add to cart, sat past the edge. Actions
// keeps the most: an add-on's link to its compatible bases must fit on two lines of the row.
const columns =
  'minmax(110px, 1fr) minmax(160px, 1.5fr) minmax(85px, 0.7fr) 96px 85px minmax(140px, 1fr) minmax(190px, 1fr)';

const useStyles = makeStyles({
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: 'auto',
  },
  inner: { minWidth: '964px' },
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
  },
  header: {
    height: '40px',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // As tall as its rows, up to most of the screen: with a fixed height, a search that left three
  // SKUs showed them in a mostly empty framed box. The table ends the page: nothing below it moves.
  body: { maxHeight: '60vh', overflowY: 'auto', position: 'relative' },
  bodyRow: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: `${rowHeight}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
  skuCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  small: { fontSize: tokens.fontSizeBase200 },
  term: { whiteSpace: 'nowrap' },
  link: { color: tokens.colorBrandForegroundLink, ':hover': { color: tokens.colorBrandForegroundLinkHover } },
});

interface TableProps {
  rows: CatalogRow[];
  names: Map<string, string>;
  subscribed: SubscribedSku[] | undefined;
  customerName: string;
  customerId: string | undefined;
  onAddToCart: (row: CatalogRow) => void;
}

/** Each term's price on one line: a narrow cell breaks between terms, never inside one. */
function PricePerTerm({ terms, note }: { terms: string[]; note?: string }) {
  const styles = useStyles();
  return (
    <>
      {terms.map((term, index) => (
        <Fragment key={term}>
          {/* The dot keeps to the term before it: a line never starts with it. */}
          {index > 0 ? '\u00a0· ' : null}
          <span className={styles.term}>{term}</span>
        </Fragment>
      ))}
      {note ? ` ${note}` : null}
    </>
  );
}
const CatalogRowView = memo(function CatalogRowView({
  row,
  names,
  subscribed,
  customerName,
  customerId,
  onAddToCart,
}: Omit<TableProps, 'rows'> & { row: CatalogRow }) {
  const { t } = useTranslation('catalog');
  const format = useFormatters();
  const styles = useStyles();
  const prerequisites = row.sku.dynamicAttributes.prerequisiteSkus ?? [];
  const segment = row.availabilities[0]?.segment;
  const detailsUrl = `/catalog/${row.product.id}/${row.sku.id}${customerId ? `?customer=${customerId}` : ''}`;
  return (
    <>
      <div role="cell" className={styles.cell}>
        {row.product.title}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.skuCell)}>
        <Link to={detailsUrl} className={styles.link}>
          {row.sku.title}
        </Link>
        {row.isAddon ? (
          <>
            <AddonInfoButton
              skuTitle={row.sku.title}
              prerequisites={prerequisites.map((key) => names.get(key) ?? key)}
            />
            <Badge appearance="tint" size="small">
              {t('addon.badge')}
            </Badge>
          </>
        ) : null}
      </div>
      <div role="cell" className={styles.cell}>
        {row.product.publisherName}
      </div>
      <div role="cell" className={styles.cell}>
        {t(`productTypes.${row.product.productType.id}`, {
          defaultValue: row.product.productType.displayName,
        })}
      </div>
      <div role="cell" className={styles.cell}>
        {segment ? t(`segments.${segment}`) : null}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.small)}>
        <PricePerTerm
          {...pricePerTerm(row.availabilities, t, format, row.sku.dynamicAttributes.meteredBilling === true)}
        />
      </div>
      <div role="cell" className={styles.actions}>
        <Button
          size="small"
          icon={<CartRegular />}
          disabled={!customerId}
          aria-label={t('addToCart.buttonFor', { sku: row.sku.title })}
          onClick={() => onAddToCart(row)}
        >
          {t('addToCart.button')}
        </Button>
        {row.isAddon ? (
          <CompatibleBasesDialog
            skuTitle={row.sku.title}
            prerequisites={prerequisites}
            names={names}
            subscribed={customerId ? subscribed : undefined}
            customerName={customerName}
          />
        ) : null}
      </div>
    </>
  );
});

/**
 * The SKU list, virtualized: only the rows in view are in the DOM, so a 10,000-SKU market stays
 * responsive. ARIA table roles keep it a table for screen readers.
 */
export function CatalogTable(props: TableProps) {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows } = props;
  // eslint-disable-next-line react-hooks/incompatible-library -- react-virtual's API is what it is.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  return (
    <div role="table" aria-label={t('table')} aria-rowcount={rows.length + 1} className={styles.table}>
      <div className={styles.inner}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
            <div role="columnheader">{t('columns.product')}</div>
            <div role="columnheader">{t('columns.sku')}</div>
            <div role="columnheader">{t('columns.publisher')}</div>
            <div role="columnheader">{t('columns.productType')}</div>
            <div role="columnheader">{t('columns.segment')}</div>
            <div role="columnheader">{t('columns.price')}</div>
            <div role="columnheader">{t('columns.actions')}</div>
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className={styles.body}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={row.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={mergeClasses(styles.row, styles.bodyRow)}
                  style={{ transform: `translateY(${item.start}px)` }}
                  data-catalog-row=""
                >
                  <CatalogRowView {...props} row={row} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
