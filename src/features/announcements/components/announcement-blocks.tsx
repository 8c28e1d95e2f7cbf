import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TableScroller } from '@/components/table-scroller';
import type { AnnouncementBlockDto } from '@/lib/api-types/announcements';
import { Highlighted } from './highlighted';

const useStyles = makeStyles({
  paragraph: { margin: 0, maxWidth: '80ch' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, maxWidth: '80ch' },
  // Content decides the column widths: the long Moldova note must not squeeze the short codes.
  table: { tableLayout: 'auto' },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/** Structured content from the API: headings, paragraphs, lists and tables, never raw HTML. */
export function AnnouncementBlocks({ blocks }: { blocks: AnnouncementBlockDto[] }) {
  const styles = useStyles();
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'heading':
            return (
              <Text key={key} as="h4" weight="semibold" size={300}>
                <Highlighted text={block.text} />
              </Text>
            );
          case 'paragraph':
            return (
              <p key={key} className={styles.paragraph}>
                <Highlighted text={block.text} />
              </p>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={key} className={styles.list}>
                {block.items.map((item, i) => (
                  <li key={i}>
                    <Highlighted text={item} />
                  </li>
                ))}
              </List>
            );
          }
          case 'table':
            return (
              // Wide tables (the INN rules, the throttled endpoints) scroll inside the entry, not the page.
              <TableScroller key={key} label={block.caption} minWidth="480px">
                <Table className={styles.table} size="small">
                  <caption className={styles.caption}>
                    <Highlighted text={block.caption} />
                  </caption>
                  <TableHeader>
                    <TableRow>
                      {block.columns.map((column, i) => (
                        <TableHeaderCell key={i} scope="col">
                          <Highlighted text={column} />
                        </TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {block.rows.map((row, r) => (
                      <TableRow key={r}>
                        {row.map((cell, c) => (
                          <TableCell key={c} className={styles.cell}>
                            <Highlighted text={cell} />
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroller>
            );
        }
      })}
    </>
  );
}
