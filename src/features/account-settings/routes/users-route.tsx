import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SearchBox } from '@/components/search-box';
import { ArrowUpload24Regular, PersonAdd24Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '@/lib/use-commit-after-pause';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import { ExportCsvButton } from '@/components/export-csv-button';
import { sortUsers, userSearchIndex } from '@/lib/user-search';
import { userDirectoryQuery } from '../api/users';
import { useUserCsvColumns } from '../user-csv';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { AddUserDialog } from '../components/user-form-dialog';
import { UsersTable } from '../components/users-table';

const pageSize = 25;
const importPath = '/settings/account/users/import';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBlock: tokens.spacingVerticalM,
  },
  search: { minWidth: '280px' },
  // The count and the export of what it counts, together, level with the search box (below its label).
  results: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXXL,
  },
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
});

/** Memoized: the page re-renders on every keystroke in the search box, the header never needs to. */
const UsersHeader = memo(function UsersHeader({
  canEdit,
  onAdd,
}: {
  canEdit: boolean | undefined;
  onAdd: () => void;
}) {
  const { t } = useTranslation('accountSettings');
  const navigate = useNavigate();
  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.userManagement'), to: '/settings/account/users' },
          { label: t('users.title') },
        ]}
      />
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          canEdit ? (
            <>
              <Button
                as="a"
                href={importPath}
                icon={<ArrowUpload24Regular />}
                onClick={(event) => {
                  event.preventDefault();
                  void navigate(importPath);
                }}
              >
                {t('userImport.open')}
              </Button>
              <Button appearance="primary" icon={<PersonAdd24Regular />} onClick={onAdd}>
                {t('users.add')}
              </Button>
            </>
          ) : null
        }
      />
    </>
  );
});

export function Component() {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const canEdit = useCan('users.update');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'displayName';
  const urlPage = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [adding, setAdding] = useState(false);
  // The table follows every keystroke; the URL (history, shared links) catches up after a pause.
  const [search, setSearch] = useUrlSearchText(q, (typed) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (typed) next.set('q', typed);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    ),
  );

  const csvColumns = useUserCsvColumns();
  const { data: directory, error, isPending, refetch } = useQuery(userDirectoryQuery());
  const index = useMemo(
    () => (directory ? userSearchIndex(sortUsers(directory, sort)) : undefined),
    [directory, sort],
  );
  const matches = useMemo(() => index?.(search), [index, search]);
  // A search typed but not yet in the URL starts from its first page, as the URL will.
  const page = search.trim() === q ? urlPage : 1;

  // Sorting and paging also write the search as typed, even before its pause is over: the URL
  // they start from may still hold the previous search (a click soon after clearing the box would
  // bring it back), and a page of a search the URL does not have yet would not show.
  const typed = useRef(search);
  useEffect(() => {
    typed.current = search;
  });
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        const query = typed.current.trim();
        for (const [key, value] of Object.entries({ ...changes, q: query || null })) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );

  const total = matches?.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  // Stable between renders that change neither the rows nor the sort (the memoized table skips them).
  const pageOfUsers = useMemo(() => matches?.slice(from - 1, to) ?? [], [matches, from, to]);
  const openAddUser = useCallback(() => setAdding(true), []);
  const loadRows = useCallback(() => Promise.resolve(matches ?? []), [matches]);
  const onSort = useCallback((next: string) => update({ sort: next, page: null }), [update]);

  return (
    <>
      <UsersHeader canEdit={canEdit} onAdd={openAddUser} />
      {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
      <div className={styles.toolbar}>
        <Field label={t('users.search')} hint={t('users.searchHint')} className={styles.search}>
          <SearchBox value={search} onChange={(_event, data) => setSearch(data.value)} />
        </Field>
        <div className={styles.results}>
          {matches ? (
            <Text role="status" aria-live="polite">
              {total === 0 && search.trim()
                ? t('users.noMatch', { q: search.trim() })
                : t('users.total', { from, to, total: format.number(total) })}
            </Text>
          ) : null}
          <ExportCsvButton
            fileName={t('users.exportFile')}
            columns={csvColumns}
            loadRows={loadRows}
            // The file is what the page holds: nothing while the directory loads or has failed.
            disabled={matches === undefined || total === 0}
          />
        </div>
      </div>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock rows={8} /> : null}
      {matches ? (
        <>
          <UsersTable users={pageOfUsers} sort={sort} onSort={onSort} />
          <nav aria-label={t('users.pagination')} className={styles.footer}>
            <Button disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>
              {tCommon('actions.previousPage')}
            </Button>
            <Text>{tCommon('pagination.page', { page, pages })}</Text>
            <Button disabled={page >= pages} onClick={() => update({ page: String(page + 1) })}>
              {tCommon('actions.nextPage')}
            </Button>
          </nav>
        </>
      ) : null}
      {/* Mounted only while open: a closed Fluent Dialog still starts tabster's modalizer (focusable
          helpers inside aria-hidden, which fail the page's aria-hidden-focus audit). */}
      {canEdit && adding ? <AddUserDialog open onClose={() => setAdding(false)} /> : null}
    </>
  );
}
