import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { newUserSchema, type NewUserInput } from '@/lib/account-rules';
import type { PartnerUser } from '@/lib/api-types/users';
import { useCan, useSignedInUserId } from '@/lib/auth';
import { accountKeys } from '../api/keys';
import { deleteUser, updateUser, userQuery } from '../api/users';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { serverFieldErrors } from '@/components/form-errors';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { RoleFields } from '../components/role-checkboxes';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  names: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    // An error under one name must not stretch the other name's input.
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

const valuesOf = (user: PartnerUser): NewUserInput => ({
  firstName: user.firstName,
  lastName: user.lastName,
  email: user.email,
  commercialRoles: [...user.commercialRoles],
  developerRoles: [...user.developerRoles],
});

function UserForm({ user, canEdit }: { user: PartnerUser; canEdit: boolean }) {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isSelf = useSignedInUserId() === user.id;
  const [removing, setRemoving] = useState(false);

  const form = useForm<NewUserInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(newUserSchema),
    defaultValues: valuesOf(user),
  });
  const { handleSubmit, formState, setError, reset, control } = form;
  const serverErrors = serverFieldErrors(setError, ['firstName', 'lastName', 'email'], {
    EmailAlreadyInUse: t('users.emailInUse'),
  });
  const save = useMutation({
    // Both role groups travel in the same PATCH: one save, one request.
    mutationFn: (values: NewUserInput) => updateUser(user.id, values),
    onSuccess: async (saved) => {
      reset(valuesOf(saved));
      queryClient.setQueryData(accountKeys.user(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: accountKeys.users() });
      notify(t('user.saved', { name: saved.displayName }));
    },
    onError: serverErrors.place,
  });
  const submit = useSingleSubmit(handleSubmit, (values) => save.mutateAsync(values));

  return (
    <form noValidate className={styles.form} onSubmit={submit}>
      <UnsavedChangesGuard when={formState.isDirty && !save.isPending} />
      <ErrorSummary
        form={form}
        labels={{
          firstName: t('users.firstName'),
          lastName: t('users.lastName'),
          email: t('users.email'),
          commercialRoles: t('user.roles'),
          developerRoles: t('user.roles'),
        }}
      />
      {isSelf ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('user.you')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.section} aria-labelledby="user-details-heading">
        <Text as="h2" id="user-details-heading" size={500} weight="semibold">
          {t('user.details')}
        </Text>
        <div className={styles.names}>
          <TextField form={form} name="firstName" label={t('users.firstName')} required readOnly={!canEdit} />
          <TextField form={form} name="lastName" label={t('users.lastName')} required readOnly={!canEdit} />
          <TextField
            form={form}
            name="email"
            label={t('users.email')}
            type="email"
            required
            readOnly={!canEdit}
          />
        </div>
      </section>
      <section className={styles.section} aria-labelledby="user-roles-heading">
        <Text as="h2" id="user-roles-heading" size={500} weight="semibold">
          {t('user.roles')}
        </Text>
        <Text className={styles.hint}>{t('user.rolesHint')}</Text>
        <RoleFields control={control} disabled={!canEdit} />
      </section>
      {serverErrors.general(save.error) ? (
        <ErrorState error={save.error} title={t('user.saveFailed')} />
      ) : null}
      {canEdit ? (
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!formState.isDirty || save.isPending}>
            {save.isPending ? tCommon('actions.saving') : tCommon('actions.save')}
          </Button>
          <Button disabled={!formState.isDirty || save.isPending} onClick={() => reset(valuesOf(user))}>
            {tCommon('actions.reset')}
          </Button>
          <Button appearance="subtle" onClick={() => setRemoving(true)}>
            {t('user.remove')}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing}
        title={t('user.removeTitle', { name: user.displayName })}
        body={t('user.removeBody', { name: user.displayName })}
        onClose={() => setRemoving(false)}
        onConfirm={async () => {
          await deleteUser(user.id);
          queryClient.removeQueries({ queryKey: accountKeys.user(user.id) });
          await queryClient.invalidateQueries({ queryKey: accountKeys.users() });
          notify(t('user.removed', { name: user.displayName }));
          void navigate('/settings/account/users');
        }}
      />
    </form>
  );
}

export function Component() {
  const { t } = useTranslation('accountSettings');
  const { userId = '' } = useParams();
  const canEdit = useCan('users.update');
  const { data: user, error, isPending, refetch } = useQuery(userQuery(userId));

  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.userManagement'), to: '/settings/account/users' },
          { label: t('users.title'), to: '/settings/account/users' },
          { label: user?.displayName ?? '…' },
        ]}
      />
      <PageHeader title={user?.displayName ?? t('users.title')} description={user?.email} />
      {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending || canEdit === undefined ? <LoadingBlock rows={8} /> : null}
      {user && canEdit !== undefined ? <UserForm key={user.id} user={user} canEdit={canEdit} /> : null}
    </>
  );
}
