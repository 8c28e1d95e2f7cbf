import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { applicationSchema, type ApplicationInput } from '@/lib/account-rules';
import type { AzureAdApplication } from '@/lib/api-types/account';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import { accountKeys } from '../api/keys';
import { addApplication, applicationsQuery, removeApplication } from '../api/users';
import { SettingsTablePage } from '../components/settings-table-page';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { serverFieldErrors } from '@/components/form-errors';
import { FormDialog } from '../components/role-assignment-dialog';
import { RoleFields, useRoleNames } from '../components/role-checkboxes';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';

function AddApplicationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('accountSettings');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<ApplicationInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(applicationSchema),
    defaultValues: { appId: '', displayName: '', commercialRoles: [], developerRoles: [] },
  });
  const serverErrors = serverFieldErrors(form.setError, ['appId', 'displayName']);
  const save = useMutation({
    mutationFn: addApplication,
    onSuccess: async (app) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.applications() });
      notify(t('apps.added', { name: app.displayName }));
      onClose();
    },
    onError: serverErrors.place,
  });
  const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
  return (
    <FormDialog
      title={t('apps.addTitle')}
      submitLabel={t('apps.add')}
      pending={save.isPending}
      error={serverErrors.general(save.error)}
      onSubmit={() => submit()}
      onClose={onClose}
    >
      <ErrorSummary form={form} labels={{ appId: t('apps.appId'), displayName: t('apps.name') }} />
      <TextField form={form} name="appId" label={t('apps.appId')} hint={t('apps.appIdHint')} required />
      <TextField form={form} name="displayName" label={t('apps.name')} required />
      <RoleFields control={form.control} />
    </FormDialog>
  );
}

export function Component() {
  const { t } = useTranslation('accountSettings');
  const format = useFormatters();
  const roleNames = useRoleNames();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canEdit = useCan('users.update');
  const query = useQuery(applicationsQuery());
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AzureAdApplication | null>(null);
  return (
    <>
      <SettingsTablePage
        section={{ label: t('nav.userManagement'), to: '/settings/account/users' }}
        title={t('apps.title')}
        description={t('apps.description')}
        addAction={canEdit ? { label: t('apps.add'), onClick: () => setAdding(true) } : undefined}
        readOnly={canEdit === false}
        query={query}
        table={{
          label: t('apps.tableLabel'),
          minWidth: '560px',
          columns: [
            t('apps.name'),
            t('apps.appId'),
            t('apps.roles'),
            t('apps.addedAt'),
            ...(canEdit ? [t('tenants.actions')] : []),
          ],
        }}
        rows={(data) =>
          data.items.map((app) => (
            <TableRow key={app.appId}>
              <TableCell>{app.displayName}</TableCell>
              <TableCell>
                <code>{app.appId}</code>
              </TableCell>
              <TableCell>{roleNames([...app.commercialRoles, ...app.developerRoles])}</TableCell>
              <TableCell>{format.date(app.addedAt)}</TableCell>
              {canEdit ? (
                <TableCell>
                  <Button size="small" appearance="subtle" onClick={() => setRemoving(app)}>
                    {t('apps.remove', { name: app.displayName })}
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))
        }
      />
      {adding ? <AddApplicationDialog onClose={() => setAdding(false)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('apps.removeTitle', { name: removing?.displayName ?? '' })}
        body={t('apps.removeBody')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await removeApplication(removing.appId);
          await queryClient.invalidateQueries({ queryKey: accountKeys.applications() });
          notify(t('apps.removed', { name: removing.displayName }));
        }}
      />
    </>
  );
}
