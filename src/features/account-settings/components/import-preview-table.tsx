import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircle16Filled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EmailAddress } from '@/components/email-address';
import { useRuleMessage } from '@/components/form-errors';
import { TableScroller } from '@/components/table-scroller';
import {
  importColumns,
  rowIsValid,
  type CellProblem,
  type ImportColumn,
  type ImportRow,
} from '../user-import';
import { RowPager, usePagedRows } from './row-pager';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  badCell: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    boxShadow: `inset 3px 0 0 ${tokens.colorPaletteRedBorder2}`,
  },
  value: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  problem: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalXXS,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  // A badge is one line high: its text must not wrap out of the pill in a narrow column.
  badge: { whiteSpace: 'nowrap' },
});

export function useProblemText() {
  const { t } = useTranslation('accountSettings');
  const ruleMessage = useRuleMessage();
  return (problem: CellProblem): string => {
    switch (problem.kind) {
      case 'rule':
        return ruleMessage(problem.key) ?? problem.key;
      case 'unknownRole':
        return t('userImport.problems.unknownRole', { role: problem.role });
      case 'duplicateInFile':
        return t('userImport.problems.duplicateInFile', { line: problem.firstLine });
      case 'existingUser':
        return t('userImport.problems.existingUser');
    }
  };
}

/** Every row of the file, each problem written in the cell it concerns. */
export function ImportPreviewTable({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const problemText = useProblemText();
  const paged = usePagedRows(rows);
  const headers: Record<ImportColumn, string> = {
    firstName: t('users.firstName'),
    lastName: t('users.lastName'),
    email: t('users.email'),
    commercialRoles: t('users.commercialRoles'),
    developerRoles: t('users.developerRoles'),
  };
  return (
    <>
      <TableScroller label={t('userImport.tableLabel')} minWidth="640px">
        <Table aria-label={t('userImport.tableLabel')} size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('userImport.line')}</TableHeaderCell>
              {importColumns.map((column) => (
                <TableHeaderCell key={column}>{headers[column]}</TableHeaderCell>
              ))}
              <TableHeaderCell>{t('userImport.check')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.visible.map((row) => (
              <TableRow key={row.line}>
                <TableCell>{row.line}</TableCell>
                {importColumns.map((column) => {
                  const problems = row.problems[column];
                  return (
                    <TableCell key={column} className={problems ? styles.badCell : undefined}>
                      <span className={styles.value}>
                        {row.cells[column] ? (
                          column === 'email' ? (
                            <EmailAddress address={row.cells[column]} />
                          ) : (
                            row.cells[column]
                          )
                        ) : (
                          <span className={styles.muted}>{t('userImport.empty')}</span>
                        )}
                      </span>
                      {problems?.map((problem, index) => (
                        <span key={index} className={styles.problem}>
                          <ErrorCircle16Filled className={styles.icon} aria-hidden />
                          {problemText(problem)}
                        </span>
                      ))}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {rowIsValid(row) ? (
                    <Badge appearance="tint" color="success" className={styles.badge}>
                      {t('userImport.ready')}
                    </Badge>
                  ) : (
                    <Badge appearance="tint" color="danger" className={styles.badge}>
                      {t('userImport.hasProblems')}
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroller>
      <RowPager label={t('userImport.rowsPagination')} {...paged} />
    </>
  );
}
