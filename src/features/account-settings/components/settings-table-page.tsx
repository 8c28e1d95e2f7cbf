import { Button, Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { Add24Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/error-state';
import { LoadingBlock } from '@/components/page-state';
import { PageHeader } from '@/components/page-header';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { TableScroller } from '@/components/table-scroller';
import { AccountBreadcrumb, type Crumb } from './account-breadcrumb';

export interface SettingsTablePageProps<T> {
  /** The settings section the page belongs to: the breadcrumb's step before this page. */
  section: Crumb;
  title: string;
  description: string;
  /** The header's primary action ("Add…"); shown only to a role that may edit. */
  addAction?: { label: string; onClick: () => void };
  /** true shows the read-only notice, false or undefined (no edit on this page, or unknown yet) not. */
  readOnly?: boolean;
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'refetch'>;
  table: { label: string; minWidth: string; columns: string[]; className?: string };
  /** The table's rows for the loaded data. */
  rows: (data: T) => ReactNode;
}

/**
 * An account-settings page that lists one kind of thing (tenants, identifiers, groups,
 * applications): the trail, the heading with its action, the read-only notice, then loading, error
 * with retry, or the table.
 */
export function SettingsTablePage<T>({
  section,
  title,
  description,
  addAction,
  readOnly,
  query,
  table,
  rows,
}: SettingsTablePageProps<T>) {
  const { t } = useTranslation('accountSettings');
  const { data, error, isPending, refetch } = query;
  return (
    <>
      <AccountBreadcrumb items={[section, { label: title }]} />
      <PageHeader
        title={title}
        description={description}
        actions={
          addAction ? (
            <Button appearance="primary" icon={<Add24Regular />} onClick={addAction.onClick}>
              {addAction.label}
            </Button>
          ) : null
        }
      />
      {readOnly ? <ReadOnlyNotice message={t('readOnly')} /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock /> : null}
      {data ? (
        <TableScroller label={table.label} minWidth={table.minWidth}>
          <Table aria-label={table.label} size="small" className={table.className}>
            <TableHeader>
              <TableRow>
                {table.columns.map((column) => (
                  <TableHeaderCell key={column}>{column}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>{rows(data)}</TableBody>
          </Table>
        </TableScroller>
      ) : null}
    </>
  );
}
