import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: 'auto',
  },
  row: {
    display: 'grid',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
  },
  header: {
    minHeight: '40px',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // As tall as its rows, up to most of the screen: a fixed height left an empty framed box under
  // a short list (three SKUs after a search, three renewals in the next 30 days). The table ends
  // its page, so growing as rows arrive moves nothing below it.
  body: { maxHeight: '60vh', overflowY: 'auto', position: 'relative' },
  // The width of the table, not of its first column (where it wrapped to a narrow strip).
  empty: { paddingBlock: tokens.spacingVerticalM, paddingInline: tokens.spacingHorizontalM },
  bodyRow: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
});

interface VirtualTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Every body row's height: the virtual list places rows by it. */
  rowHeight: number;
  /** The CSS grid columns every row shares. */
  columns: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: string;
  overscan: number;
  /** The column header cells (`role="columnheader"`). */
  header: ReactNode;
  /** One row's cells (`role="cell"`). */
  renderRow: (row: Row) => ReactNode;
  /** Shown above the rows when there are none to show. */
  empty?: ReactNode;
}

/**
 * A table whose body is virtualized: only the rows in view are in the DOM, so 10,000 SKUs or 5,000
 * renewals stay responsive. ARIA table roles keep it a table for screen readers, with every row's
 * index in the whole list. Rows are laid out on one CSS grid, each row at a fixed height. Each row
 * should hold a link or a button: moving focus through them is how a keyboard scrolls the body
 * (the rows a few past the view are rendered ahead, so Tab always has a next row to go to).
 */
export function VirtualTable<Row>({
  label,
  rows,
  rowKey,
  rowHeight,
  columns,
  minWidth,
  overscan,
  header,
  renderRow,
  empty,
}: VirtualTableProps<Row>) {
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- react-virtual's API is what it is.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={styles.table}>
      <div style={{ minWidth }}>
        <div role="rowgroup">
          <div
            role="row"
            aria-rowindex={1}
            className={mergeClasses(styles.row, styles.header)}
            style={{ gridTemplateColumns: columns }}
          >
            {header}
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className={styles.body}>
          {empty ? (
            <div role="row">
              <div role="cell" className={styles.empty}>
                {empty}
              </div>
            </div>
          ) : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              return (
                <div
                  key={rowKey(row)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={mergeClasses(styles.row, styles.bodyRow)}
                  style={{
                    gridTemplateColumns: columns,
                    height: rowHeight,
                    transform: `translateY(${item.start}px)`,
                  }}
                  data-virtual-row=""
                >
                  {renderRow(row)}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
