import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Big files stay responsive: tables show one page of rows at a time. */
export const rowsPerPage = 100;

const useStyles = makeStyles({
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
});

export function usePagedRows<Row>(rows: readonly Row[]) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / rowsPerPage));
  const current = Math.min(page, pages);
  return {
    page: current,
    pages,
    setPage,
    visible: rows.slice((current - 1) * rowsPerPage, current * rowsPerPage),
  };
}

export function RowPager({
  label,
  page,
  pages,
  setPage,
}: {
  label: string;
  page: number;
  pages: number;
  setPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className={styles.footer}>
      <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
        {t('actions.previousPage')}
      </Button>
      <Text>{t('pagination.page', { page, pages })}</Text>
      <Button disabled={page >= pages} onClick={() => setPage(page + 1)}>
        {t('actions.nextPage')}
      </Button>
    </nav>
  );
}
