import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  type GriffelStyle,
} from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VirtualTable } from '@/components/virtual-table';
import { visuallyHidden } from '@/components/visually-hidden';
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
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
  skuCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  small: { fontSize: tokens.fontSizeBase200 },
  line: { display: 'block' },
  term: { whiteSpace: 'nowrap' },
  separator: visuallyHidden as GriffelStyle,
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

/**
 * Each term's price on a line of its own: the column is too narrow for two, and a separator would
 * end every line. The separators stay in the text, off screen, so the cell still reads (and copies)
 * as one phrase, "1 month: USD 7.20 · 1 year: USD 72.00".
 */
function PricePerTerm({ terms, note }: { terms: string[]; note?: string }) {
  const styles = useStyles();
  if (terms.length === 0) return note ?? null;
  return terms.map((term, index) => (
    <Fragment key={term}>
      {index > 0 ? <span className={styles.separator}>{'\u00a0· '}</span> : null}
      <span className={styles.line}>
        <span className={styles.term}>{term}</span>
        {/* The note (a metered SKU's usage) follows the last term and wraps as it needs. */}
        {note && index === terms.length - 1 ? ` ${note}` : null}
      </span>
    </Fragment>
  ));
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

/** The SKU list: a 10,000-SKU market stays responsive, its rows virtualized. */
export function CatalogTable(props: TableProps) {
  const { t } = useTranslation('catalog');
  return (
    <VirtualTable
      label={t('table')}
      rows={props.rows}
      rowKey={(row) => row.key}
      rowHeight={rowHeight}
      columns={columns}
      minWidth="964px"
      overscan={6}
      header={
        <>
          <div role="columnheader">{t('columns.product')}</div>
          <div role="columnheader">{t('columns.sku')}</div>
          <div role="columnheader">{t('columns.publisher')}</div>
          <div role="columnheader">{t('columns.productType')}</div>
          <div role="columnheader">{t('columns.segment')}</div>
          <div role="columnheader">{t('columns.price')}</div>
          <div role="columnheader">{t('columns.actions')}</div>
        </>
      }
      renderRow={(row) => <CatalogRowView {...props} row={row} />}
    />
  );
}
