import {
  Button,
  Field,
  makeStyles,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUpload24Regular, PersonAdd24Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommitAfterPause } from '@/lib/use-commit-after-pause';
import { useNavigate, useSearchParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import { ExportCsvButton } from '@/components/export-csv-button';
import { fetchAllUsers, userListQuery } from '../api/users';
import { useUserCsvColumns } from '../user-csv';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { useRoleNames } from '../components/role-checkboxes';
import { AddUserDialog } from '../components/user-form-dialog';

const pageSize = 25;
const importPath = '/settings/account/users/import';
type SortColumn = 'displayName' | 'email' | 'lastSignIn';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBlock: tokens.spacingVerticalM,
  },
  search: { minWidth: '280px' },
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // Long addresses wrap inside their column instead of running under the next one.
  email: { overflowWrap: 'anywhere' },
});

export function Component() {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const roleNames = useRoleNames();
  const canEdit = useCan('users.update');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'displayName';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [search, setSearch] = useState(q);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();

  // The URL is the list's state: searching waits for a pause in typing, then resets to page 1.
  useCommitAfterPause(search, q, (typed) =>
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
  const { data, error, isPending, refetch } = useQuery(userListQuery({ q, sort, page, size: pageSize }));

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const sortColumn = sort.replace(/^-/, '') as SortColumn;
  const descending = sort.startsWith('-');
  const sortProps = (column: SortColumn) => ({
    sortDirection:
      sortColumn === column ? (descending ? ('descending' as const) : ('ascending' as const)) : undefined,
    onClick: () => update({ sort: sortColumn === column && !descending ? `-${column}` : column, page: null }),
  });

  const total = data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);

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
              <Button appearance="primary" icon={<PersonAdd24Regular />} onClick={() => setAdding(true)}>
                {t('users.add')}
              </Button>
            </>
          ) : null
        }
      />
      {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
      <div className={styles.toolbar}>
        <Field label={t('users.search')} hint={t('users.searchHint')} className={styles.search}>
          <SearchBox value={search} onChange={(_event, data) => setSearch(data.value)} />
        </Field>
        <ExportCsvButton
          fileName={t('users.exportFile')}
          columns={csvColumns}
          loadRows={(options) => fetchAllUsers({ q, sort }, options)}
        />
        {data ? (
          <Text role="status" aria-live="polite">
            {total === 0 && q
              ? t('users.noMatch', { q })
              : t('users.total', { from, to, total: format.number(total) })}
          </Text>
        ) : null}
      </div>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock rows={8} /> : null}
      {data ? (
        <>
          <Table aria-label={t('users.tableLabel')} sortable size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell {...sortProps('displayName')}>{t('users.name')}</TableHeaderCell>
                <TableHeaderCell {...sortProps('email')}>{t('users.email')}</TableHeaderCell>
                <TableHeaderCell>{t('users.commercialRoles')}</TableHeaderCell>
                <TableHeaderCell>{t('users.developerRoles')}</TableHeaderCell>
                <TableHeaderCell {...sortProps('lastSignIn')}>{t('users.lastSignIn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((user) => (
                <TableRow key={user.id}>
                  <TableCell>
                    <AppLink to={`/settings/account/users/${encodeURIComponent(user.id)}`}>
                      {user.displayName}
                    </AppLink>
                  </TableCell>
                  <TableCell className={styles.email}>{user.email}</TableCell>
                  <TableCell>
                    {roleNames(user.commercialRoles) || (
                      <span className={styles.muted}>{t('users.none')}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    {roleNames(user.developerRoles) || (
                      <span className={styles.muted}>{t('users.none')}</span>
                    )}
                  </TableCell>
                  <TableCell>{user.lastSignIn ? format.date(user.lastSignIn) : t('users.never')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
