import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { useCan, useSignedInUserId } from '@/lib/auth';
import { downloadCsv } from '@/lib/csv';
import { userEmailsQuery } from '../api/users';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { ImportPreviewTable } from '../components/import-preview-table';
import { ImportProgress } from '../components/import-progress';
import { planRun, runCounts } from '../import-run';
import { useImportRun } from '../use-import-run';
import { previewCsv, rowIsValid, templateCsv, type FileProblem } from '../user-import';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXL,
  },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '90ch' },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  picker: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // The native input's look is written by the browser in its own language, so a label drawn as a
  // button shows instead. The input lies transparent over it: a click anywhere on the button is a
  // click on the input itself (for pointers, and for tests that click it), and it keeps the focus.
  pickTarget: { position: 'relative', display: 'inline-flex' },
  fileInput: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    margin: 0,
    opacity: 0,
    cursor: 'pointer',
    '&:focus-visible + label': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
    '&:hover + label': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  pickButton: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function Component() {
  const { t } = useTranslation('accountSettings');
  const canEdit = useCan('users.update');
  const callerId = useSignedInUserId();
  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.userManagement'), to: '/settings/account/users' },
          { label: t('users.title'), to: '/settings/account/users' },
          { label: t('userImport.title') },
        ]}
      />
      <PageHeader title={t('userImport.title')} description={t('userImport.description')} />
      {canEdit === undefined ? <LoadingBlock rows={4} /> : null}
      {canEdit === false ? <ReadOnlyNotice message={t('userImport.readOnly')} /> : null}
      {canEdit ? <ImportWorkspace key={callerId} callerId={callerId} /> : null}
    </>
  );
}

function ImportWorkspace({ callerId }: { callerId: string }) {
  const importRun = useImportRun(callerId);
  if (importRun.run) {
    return (
      <ImportProgress
        run={importRun.run}
        resumed={importRun.resumed}
        waitSeconds={importRun.waitSeconds}
        stopping={importRun.stopping}
        onStop={importRun.stop}
        onResume={importRun.resume}
        onReset={importRun.reset}
      />
    );
  }
  return <FileStep callerId={callerId} onConfirmed={importRun.start} />;
}

function FileStep({
  callerId,
  onConfirmed,
}: {
  callerId: string;
  onConfirmed: ReturnType<typeof useImportRun>['start'];
}) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Fresh each time the page opens: someone may have added a user since the directory was read.
  const emails = useQuery({ ...userEmailsQuery(), staleTime: 0 });

  const preview = useMemo(
    () => (file && emails.data ? previewCsv(file.text, emails.data) : undefined),
    [file, emails.data],
  );
  const validCount = preview?.rows.filter(rowIsValid).length ?? 0;
  const invalidCount = (preview?.rows.length ?? 0) - validCount;
  const shownRows = useMemo(
    () => (onlyProblems ? (preview?.rows ?? []).filter((row) => !rowIsValid(row)) : (preview?.rows ?? [])),
    [preview, onlyProblems],
  );

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setUnreadable(false);
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setFile(null);
      setUnreadable(true);
    }
  };

  const fileProblemText = (problem: FileProblem) =>
    problem.kind === 'missingColumns'
      ? t('userImport.fileProblems.missingColumns', { columns: problem.columns.join(', ') })
      : t('userImport.fileProblems.noRows');

  return (
    <>
      <section aria-labelledby={`${inputId}-heading`} className={styles.section}>
        <Text as="h2" size={500} weight="semibold" id={`${inputId}-heading`} className={styles.heading}>
          {t('userImport.fileHeading')}
        </Text>
        <Text id={hintId} className={styles.hint}>
          {t('userImport.formatHint')}
        </Text>
        <div className={styles.row}>
          <Button
            icon={<ArrowDownload20Regular />}
            onClick={() => downloadCsv(t('userImport.templateFile'), templateCsv())}
          >
            {t('userImport.template')}
          </Button>
        </div>
        <div className={styles.file}>
          <label htmlFor={inputId} id={`${inputId}-label`} className={styles.label}>
            {t('userImport.file')}
          </label>
          <div className={styles.picker}>
            <span className={styles.pickTarget}>
              <input
                id={inputId}
                type="file"
                accept=".csv,text/csv"
                className={styles.fileInput}
                // Named by the field's label and the button's words, so either finds it.
                aria-labelledby={`${inputId}-label ${inputId}-pick`}
                aria-describedby={`${hintId} ${inputId}-chosen`}
                onChange={(event) => void choose(event)}
              />
              <label htmlFor={inputId} id={`${inputId}-pick`} className={styles.pickButton} aria-hidden>
                {t('userImport.pick')}
              </label>
            </span>
            <Text id={`${inputId}-chosen`}>{file ? file.name : t('userImport.noFile')}</Text>
          </div>
        </div>
        {emails.isPending ? <Text>{t('userImport.loadingUsers')}</Text> : null}
        {emails.error ? <ErrorState error={emails.error} onRetry={() => void emails.refetch()} /> : null}
        {unreadable ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t('userImport.fileProblems.unreadable')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {preview?.fileProblem ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{fileProblemText(preview.fileProblem)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      {file && preview && !preview.fileProblem ? (
        <section aria-labelledby={`${inputId}-preview`} className={styles.section}>
          <Text as="h2" size={500} weight="semibold" id={`${inputId}-preview`} className={styles.heading}>
            {t('userImport.previewHeading')}
          </Text>
          <Text role="status" aria-live="polite">
            {t('userImport.summary', {
              file: file.name,
              count: preview.rows.length,
              valid: validCount,
              invalid: invalidCount,
            })}
          </Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={validCount === 0} onClick={() => setConfirming(true)}>
              {t('userImport.apply', { count: validCount })}
            </Button>
            {invalidCount > 0 ? (
              <Checkbox
                label={t('userImport.onlyProblems')}
                checked={onlyProblems}
                onChange={(_event, data) => setOnlyProblems(data.checked === true)}
              />
            ) : null}
          </div>
          {validCount === 0 ? <Text>{t('userImport.nothingToApply')}</Text> : null}
          <ImportPreviewTable key={`${file.name}-${String(onlyProblems)}`} rows={shownRows} />
          <ConfirmDialog
            open={confirming}
            title={t('userImport.confirmTitle', { count: validCount })}
            body={t('userImport.confirmBody', { skipped: invalidCount })}
            confirmLabel={t('userImport.confirm')}
            onClose={() => setConfirming(false)}
            onConfirm={async () => {
              const run = planRun(preview.rows, file.name, callerId);
              if (runCounts(run).toSend > 0) onConfirmed(run);
            }}
          />
        </section>
      ) : null}
    </>
  );
}
