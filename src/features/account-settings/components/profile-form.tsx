import { makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  useQueryClient,
  type FetchQueryOptions,
  type QueryKey,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CardTitle } from '@/components/card-title';
import { ConflictNotice, ReappliedNotice } from '@/components/conflict-notice';
import { ErrorState } from '@/components/error-state';
import { ErrorSummary } from '@/components/error-summary';
import { hasFieldErrors } from '@/components/form-errors';
import { SaveResetActions } from '@/components/save-reset-actions';
import { useSingleSubmit } from '@/components/use-single-submit';
import { ApiError } from '@/lib/api-error';

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '880px' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    // Fields keep their natural height: a hint or an error under one must not stretch its
    // neighbours' inputs (the legal country's note made State and Postal code inputs 40 px tall).
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  // The form's gap spaces everything; a heading's browser margins (up to 17 px, not collapsed in a
  // flex column) put more space under a heading than above it, as if it titled what came before.
  subheading: { margin: 0, marginTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** A value the API keeps as it is, shown among the fields with why it cannot be edited here. */
export function KeptFact({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  const styles = useFormStyles();
  return (
    <div>
      <Text weight="semibold">{label}</Text>
      <div>{children}</div>
      {hint ? (
        <Text size={200} className={styles.muted}>
          {hint}
        </Text>
      ) : null}
    </div>
  );
}

/**
 * The version a profile form was loaded from, which its save sends with that version's ETag: a
 * save over someone else's newer version is refused (412) instead of silently undoing it, and
 * `reloadLatest` then loads the newest with the entries re-applied on top.
 */
export function useLoadedVersion<P, V extends FieldValues, K extends QueryKey>(
  profile: P,
  form: UseFormReturn<V>,
  valuesOf: (profile: P) => V,
  query: FetchQueryOptions<P, Error, P, K>,
) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(profile);
  return {
    base,
    /** After a save: the answer is the new loaded version, in the form and in the cache. */
    saved: (saved: P) => {
      setBase(saved);
      queryClient.setQueryData<P, QueryKey>(query.queryKey, saved);
      form.reset(valuesOf(saved));
    },
    reset: () => form.reset(valuesOf(base)),
    reloadLatest: async () => {
      const latest = await queryClient.fetchQuery({ ...query, staleTime: 0 });
      setBase(latest);
      form.reset(valuesOf(latest), { keepDirtyValues: true });
    },
  };
}

/**
 * What every profile on the Legal page shares around its fields: the heading that names the form,
 * the error summary, a hint, the failed save's message (its details at the fields when it has
 * some) and, for those who may edit, Save and Reset. A profile with an ETag passes
 * `onReloadLatest`: a save refused because someone else saved first (412) then offers to load the
 * latest version with the entries re-applied.
 */
export function ProfileForm<T extends FieldValues>({
  id,
  title,
  hint,
  form,
  labels,
  save,
  saveFailed,
  fieldNames,
  canEdit,
  onReset,
  onReloadLatest,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  form: UseFormReturn<T>;
  labels: Partial<Record<string, string>>;
  save: Pick<
    UseMutationResult<unknown, Error, T>,
    'mutateAsync' | 'reset' | 'isError' | 'error' | 'isPending'
  >;
  saveFailed: string;
  fieldNames: readonly string[];
  canEdit: boolean;
  onReset: () => void;
  onReloadLatest?: () => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation('accountSettings');
  const styles = useFormStyles();
  const headingId = `${id}-heading`;
  const [reapplied, setReapplied] = useState(false);
  const conflict = onReloadLatest && save.error instanceof ApiError && save.error.status === 412;
  const submit = useSingleSubmit(form.handleSubmit, (values) => {
    setReapplied(false);
    return save.mutateAsync(values);
  });
  return (
    <form noValidate className={styles.form} aria-labelledby={headingId} onSubmit={submit}>
      <CardTitle id={headingId} size={500}>
        {title}
      </CardTitle>
      <ErrorSummary form={form} labels={labels} />
      <Text className={styles.muted}>{hint}</Text>
      {children}
      {conflict ? (
        <ConflictNotice
          message={t('legal.conflict')}
          // A reload that fails leaves this notice (and the entries) in place, to try again.
          onReload={() =>
            void onReloadLatest().then(
              () => {
                save.reset();
                setReapplied(true);
              },
              () => undefined,
            )
          }
        />
      ) : null}
      {reapplied ? <ReappliedNotice /> : null}
      {save.isError && !conflict ? (
        <ErrorState
          error={save.error}
          title={saveFailed}
          messageAtFields={hasFieldErrors(save.error, fieldNames)}
        />
      ) : null}
      {canEdit ? (
        <SaveResetActions isDirty={form.formState.isDirty} isPending={save.isPending} onReset={onReset} />
      ) : null}
    </form>
  );
}
