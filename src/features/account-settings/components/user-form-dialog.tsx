import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { newUserSchema, type NewUserInput } from '@/lib/account-rules';
import { accountKeys } from '../api/keys';
import { createUser } from '../api/users';
import { serverFieldErrors } from '@/components/form-errors';
import { RoleFields } from './role-checkboxes';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: '760px' },
});

const empty: NewUserInput = {
  firstName: '',
  lastName: '',
  email: '',
  commercialRoles: [],
  developerRoles: [],
};

export function AddUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<NewUserInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(newUserSchema),
    defaultValues: empty,
  });
  const { handleSubmit, setError, reset, control } = form;
  const serverErrors = serverFieldErrors(setError, ['firstName', 'lastName', 'email'], {
    EmailAlreadyInUse: t('users.emailInUse'),
  });
  const mutation = useMutation({
    mutationFn: (input: NewUserInput) => createUser(input),
    onSuccess: async (user) => {
      notify(t('users.created', { name: user.displayName }));
      await queryClient.invalidateQueries({ queryKey: accountKeys.users() });
      reset(empty);
      onClose();
    },
    onError: serverErrors.place,
  });
  const submit = useSingleSubmit(handleSubmit, (values) => mutation.mutateAsync(values));
  const close = () => {
    reset(empty);
    mutation.reset();
    onClose();
  };
  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? null : close())}>
      <DialogSurface className={styles.surface}>
        <form noValidate onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t('users.addTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
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
              <TextField form={form} name="firstName" label={t('users.firstName')} required />
              <TextField form={form} name="lastName" label={t('users.lastName')} required />
              <TextField form={form} name="email" label={t('users.email')} type="email" required />
              <RoleFields control={control} />
              {serverErrors.general(mutation.error) ? <ErrorState error={mutation.error} /> : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={mutation.isPending}>
                {mutation.isPending ? tCommon('actions.saving') : t('users.add')}
              </Button>
              <Button onClick={close}>{tCommon('actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
