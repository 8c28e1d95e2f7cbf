import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { EmailAddress } from '@/components/email-address';
import { ErrorState } from '@/components/error-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { LoadingBlock } from '@/components/page-state';
import { TableScroller } from '@/components/table-scroller';
import type { AuditRecord } from '@/lib/api-types/audit';
import { useFormatters } from '@/lib/locale';
import { now } from '@/lib/clock';
import { auditRecordsQuery, fetchAllRecords, type ActivityFilters } from '../api';
import { dateRangeProblem } from '../date-range';
import { useActivityCsvColumns, useActivityLabels } from '../activity-labels';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  stack: { display: 'flex', flexDirection: 'column' },
  details: {
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  value: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  fieldPath: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  more: { marginTop: tokens.spacingVerticalM },
});

/**
 * An empty log under the default 30 days is news (nothing happened yet), not a filter to loosen: a
 * first visit, or the log just after "Reset demo data", said "No activity matches these filters".
 */
function emptyMessageKey(filters: ActivityFilters) {
  const { customerId, ...chosen } = filters;
  if (Object.values(chosen).some(Boolean)) return 'empty' as const;
  return customerId ? ('emptyForCustomer' as const) : ('emptyRecently' as const);
}

export function ActivityLog({ filters, showCustomer }: { filters: ActivityFilters; showCustomer: boolean }) {
  const { t } = useTranslation('activity');
  const styles = useStyles();
  const format = useFormatters();
  const labels = useActivityLabels();
  const csvColumns = useActivityCsvColumns();
  // Dates Partner Center would refuse are said at their field (ActivityFilterBar); nothing is asked.
  const problem = dateRangeProblem(filters, now());
  const query = useInfiniteQuery({ ...auditRecordsQuery(filters), enabled: !problem });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const baseId = useId();
  const records = query.data?.pages.flatMap((page) => page.items) ?? [];
  const columns = showCustomer ? 7 : 6;
  const toggleId = (recordId: string) => `${baseId}-toggle-${recordId}`;
  // "Load more" goes away with the last page: focus moves on to the first record it brought.
  const focusFrom = useRef<number | undefined>(undefined);
  useEffect(() => {
    const first = focusFrom.current === undefined ? undefined : records[focusFrom.current];
    if (!first) return;
    focusFrom.current = undefined;
    document.getElementById(toggleId(first.id))?.focus();
    // Runs when more records arrive; toggleId only reads baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [records.length]);

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <div className={styles.toolbar}>
        <ExportCsvButton
          fileName={t('exportFile')}
          columns={csvColumns}
          loadRows={(options) => fetchAllRecords(filters, options)}
          disabled={
            problem !== undefined || (query.data === undefined ? query.isError : records.length === 0)
          }
        />
        {query.data ? (
          <Text role="status" aria-live="polite">
            {t('shown', { count: records.length })}
          </Text>
        ) : null}
      </div>
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isPending && !problem ? <LoadingBlock rows={6} /> : null}
      {query.data && records.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t(emptyMessageKey(filters))}</MessageBarBody>
        </MessageBar>
      ) : null}
      {records.length > 0 ? (
        <TableScroller label={t('table.label')} minWidth="800px">
          <Table aria-label={t('table.label')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('table.when')}</TableHeaderCell>
                <TableHeaderCell>{t('table.user')}</TableHeaderCell>
                <TableHeaderCell>{t('table.operation')}</TableHeaderCell>
                <TableHeaderCell>{t('table.resource')}</TableHeaderCell>
                {showCustomer ? <TableHeaderCell>{t('table.customer')}</TableHeaderCell> : null}
                <TableHeaderCell>{t('table.outcome')}</TableHeaderCell>
                <TableHeaderCell>{t('table.details')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {records.map((record) => {
                const expanded = open.has(record.id);
                const detailsId = `${baseId}-${record.id}`;
                const operation = labels.operation(record.operationType);
                const when = format.dateTime(record.operationDate);
                return (
                  <Fragment key={record.id}>
                    <TableRow>
                      <TableCell>{when}</TableCell>
                      <TableCell>
                        <span className={styles.stack}>
                          <span>{record.userDisplayName ?? record.userPrincipalName}</span>
                          <Text size={200} className={styles.muted}>
                            <EmailAddress address={record.userPrincipalName} />
                          </Text>
                        </span>
                      </TableCell>
                      <TableCell>{operation}</TableCell>
                      <TableCell>
                        <span className={styles.stack}>
                          <span>{labels.resourceType(record.resourceType)}</span>
                          {record.resourceId ? (
                            <Text size={200} className={styles.muted}>
                              {record.resourceId}
                            </Text>
                          ) : null}
                        </span>
                      </TableCell>
                      {showCustomer ? (
                        <TableCell>
                          {record.customerId ? (
                            <AppLink to={`/customers/${encodeURIComponent(record.customerId)}/activity`}>
                              {record.customerName ?? record.customerId}
                            </AppLink>
                          ) : null}
                        </TableCell>
                      ) : null}
                      <TableCell>
                        <Badge
                          appearance="tint"
                          color={record.operationStatus === 'succeeded' ? 'success' : 'danger'}
                        >
                          {labels.outcome(record.operationStatus)}
                        </Badge>
                      </TableCell>
                      <TableCell>
                        <Button
                          id={toggleId(record.id)}
                          appearance="subtle"
                          icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
                          aria-expanded={expanded}
                          aria-controls={expanded ? detailsId : undefined}
                          aria-label={t('showChanges', { operation, time: when })}
                          onClick={() => toggle(record.id)}
                        />
                      </TableCell>
                    </TableRow>
                    {expanded ? (
                      <TableRow>
                        <TableCell colSpan={columns} id={detailsId} className={styles.details}>
                          <RecordChanges record={record} operation={operation} />
                        </TableCell>
                      </TableRow>
                    ) : null}
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        </TableScroller>
      ) : null}
      {query.hasNextPage ? (
        <Button
          className={styles.more}
          disabled={query.isFetchingNextPage}
          onClick={() => {
            focusFrom.current = records.length;
            void query.fetchNextPage();
          }}
        >
          {t('loadMore')}
        </Button>
      ) : null}
      {query.isError && query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}

function RecordChanges({ record, operation }: { record: AuditRecord; operation: string }) {
  const { t } = useTranslation('activity');
  const styles = useStyles();
  const data = (key: string) => record.customizedData.find((pair) => pair.key === key)?.value ?? '';
  const refused = record.operationStatus !== 'succeeded';
  const shown = (value: string | null) => (value === null || value === '' ? t('changes.empty') : value);
  return (
    <>
      {refused ? (
        <Text as="p">
          {t('changes.attempted', { status: data('HttpStatus') })}
          {data('ErrorDescription')
            ? ` ${t('changes.error', { description: data('ErrorDescription') })}`
            : ''}
        </Text>
      ) : null}
      {refused && record.changes.length > 0 ? <Text as="p">{t('changes.asked')}</Text> : null}
      {record.changes.length === 0 ? (
        <Text as="p">{t('changes.none')}</Text>
      ) : (
        <Table aria-label={t('changes.label', { operation })} size="extra-small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('changes.field')}</TableHeaderCell>
              <TableHeaderCell>{t('changes.before')}</TableHeaderCell>
              <TableHeaderCell>{t('changes.after')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {record.changes.map((change) => (
              <TableRow key={change.field}>
                <TableCell className={styles.value}>
                  <FieldName path={change.field} />
                </TableCell>
                <TableCell className={styles.value}>{shown(change.oldValue)}</TableCell>
                <TableCell className={styles.value}>{shown(change.newValue)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/**
 * A changed field by its name, with the JSON path under it: the path says where (the billing
 * address's city, not the company's) and is what an integration searching the records reads.
 */
function FieldName({ path }: { path: string }) {
  const styles = useStyles();
  const name = useActivityLabels().field(path);
  if (!name) return <>{path}</>;
  return (
    <>
      {name} <code className={styles.fieldPath}>{path}</code>
    </>
  );
}
