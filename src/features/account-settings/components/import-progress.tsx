import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EmailAddress } from '@/components/email-address';
import { useRuleMessage } from '@/components/form-errors';
import { TableScroller } from '@/components/table-scroller';
import { isRoleRefusal } from '@/lib/api-error';
import { downloadCsv } from '@/lib/csv';
import { toCsv } from '@/lib/csv-text';
import { runCounts, type ImportRun, type RowRefusal, type RunRow } from '../import-run';
import { RowPager, usePagedRows } from './row-pager';
import { useProblemText } from './import-preview-table';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  email: { overflowWrap: 'anywhere' },
  // A line number needs little room; the address needs the most.
  lineColumn: { width: '8%' },
  emailColumn: { width: '34%' },
});

function useRefusalText() {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const ruleMessage = useRuleMessage();
  return (refusal: RowRefusal | undefined): string => {
    if (!refusal) return '';
    if (refusal.errorName === 'EmailAlreadyInUse') return t('users.emailInUse');
    if (isRoleRefusal(refusal)) return tCommon('errors.forbidden');
    if (refusal.network) return tCommon('errors.network');
    const fields = refusal.fields?.map((field) => ruleMessage(field.code) ?? field.message);
    return fields?.length ? fields.join(' ') : refusal.description;
  };
}

export function ImportProgress({
  run,
  resumed,
  waitSeconds,
  stopping,
  onStop,
  onResume,
  onReset,
}: {
  run: ImportRun;
  resumed: boolean;
  waitSeconds: number | null;
  stopping: boolean;
  onStop: () => void;
  onResume: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const refusalText = useRefusalText();
  const problemText = useProblemText();
  const counts = runCounts(run);
  const paged = usePagedRows(run.rows);
  const running = run.state === 'running';

  const summary =
    run.state === 'done'
      ? t('userImport.done', counts)
      : run.state === 'stopped'
        ? t('userImport.stopped', counts)
        : t('userImport.progressText', { ...counts, total: counts.toSend });

  const outcomeText = (row: RunRow) => t(`userImport.outcomes.${row.outcome}`);
  // A refused row gives the API's reason; a skipped one the problems its cells had in the preview.
  const reasonText = (row: RunRow) =>
    row.outcome === 'skipped' ? (row.problems ?? []).map(problemText).join(' ') : refusalText(row.refusal);
  const download = () =>
    downloadCsv(
      t('userImport.resultsFile'),
      toCsv<RunRow>(
        [
          { header: t('userImport.line'), value: (row) => row.line },
          { header: t('users.firstName'), value: (row) => row.input.firstName },
          { header: t('users.lastName'), value: (row) => row.input.lastName },
          { header: t('users.email'), value: (row) => row.input.email },
          { header: t('users.commercialRoles'), value: (row) => row.input.commercialRoles.join(';') },
          { header: t('users.developerRoles'), value: (row) => row.input.developerRoles.join(';') },
          { header: t('userImport.outcome'), value: outcomeText },
          { header: t('userImport.reason'), value: reasonText },
          { header: t('userImport.userId'), value: (row) => row.userId },
        ],
        run.rows,
      ),
    );

  return (
    <section aria-labelledby="user-import-progress" className={styles.root}>
      <Text as="h2" size={500} weight="semibold" id="user-import-progress" className={styles.heading}>
        {t('userImport.progressHeading')}
      </Text>
      {resumed ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('userImport.resumed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={t('userImport.progress')} validationState="none">
        <ProgressBar
          value={counts.toSend === 0 ? 1 : counts.processed / counts.toSend}
          max={1}
          thickness="large"
        />
      </Field>
      <Text role="status" aria-live="polite">
        {summary}
        {waitSeconds !== null ? ` ${t('userImport.waiting', { seconds: waitSeconds })}` : ''}
        {stopping && running ? ` ${t('userImport.stopping')}` : ''}
      </Text>
      {run.state === 'paused' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('userImport.paused', { count: counts.pending })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onResume}>{t('userImport.resume')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        {running ? (
          <Button onClick={onStop} disabled={stopping}>
            {t('userImport.stop')}
          </Button>
        ) : (
          <>
            <Button icon={<ArrowDownload20Regular />} onClick={download}>
              {t('userImport.downloadResults')}
            </Button>
            <Button onClick={onReset}>{t('userImport.another')}</Button>
          </>
        )}
      </div>
      <TableScroller label={t('userImport.resultsLabel')} minWidth="640px">
        <Table aria-label={t('userImport.resultsLabel')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.lineColumn}>{t('userImport.line')}</TableHeaderCell>
              <TableHeaderCell>{t('users.name')}</TableHeaderCell>
              <TableHeaderCell className={styles.emailColumn}>{t('users.email')}</TableHeaderCell>
              <TableHeaderCell>{t('userImport.outcome')}</TableHeaderCell>
              <TableHeaderCell>{t('userImport.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.visible.map((row) => (
              <TableRow key={row.line}>
                <TableCell>{row.line}</TableCell>
                <TableCell>{`${row.input.firstName} ${row.input.lastName}`.trim()}</TableCell>
                <TableCell className={styles.email}>
                  <EmailAddress address={row.input.email} />
                </TableCell>
                <TableCell>{outcomeText(row)}</TableCell>
                <TableCell>{reasonText(row)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroller>
      <RowPager label={t('userImport.rowsPagination')} {...paged} />
    </section>
  );
}
