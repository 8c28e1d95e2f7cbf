import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Add24Regular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { applicationSchema, type ApplicationInput } from '@/lib/account-rules';
import type { AzureAdApplication } from '@/lib/api-types/account';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import { accountKeys } from '../api/keys';
import { addApplication, applicationsQuery, removeApplication } from '../api/users';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { applyServerFieldErrors, hasFieldErrors } from '@/components/form-errors';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { FormDialog } from '../components/role-assignment-dialog';
import { RoleCheckboxes, useRoleNames } from '../components/role-checkboxes';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { TableScroller } from '@/components/table-scroller';
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
  const save = useMutation({
    mutationFn: addApplication,
    onSuccess: async (app) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.applications() });
      notify(t('apps.added', { name: app.displayName }));
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setError, ['appId', 'displayName']),
  });
  const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
  return (
    <FormDialog
      title={t('apps.addTitle')}
      submitLabel={t('apps.add')}
      pending={save.isPending}
      error={save.isError && !hasFieldErrors(save.error, ['appId', 'displayName']) ? save.error : null}
      onSubmit={() => submit()}
      onClose={onClose}
    >
      <ErrorSummary form={form} labels={{ appId: t('apps.appId'), displayName: t('apps.name') }} />
      <TextField form={form} name="appId" label={t('apps.appId')} hint={t('apps.appIdHint')} required />
      <TextField form={form} name="displayName" label={t('apps.name')} required />
      <Controller
        control={form.control}
        name="commercialRoles"
        render={({ field: commercial }) => (
          <Controller
            control={form.control}
            name="developerRoles"
            render={({ field: developer }) => (
              <RoleCheckboxes
                value={{ commercialRoles: commercial.value, developerRoles: developer.value }}
                onChange={(next) => {
                  commercial.onChange(next.commercialRoles);
                  developer.onChange(next.developerRoles);
                }}
              />
            )}
          />
        )}
      />
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
  const { data, error, isPending, refetch } = useQuery(applicationsQuery());
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AzureAdApplication | null>(null);
  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.userManagement'), to: '/settings/account/users' },
          { label: t('apps.title') },
        ]}
      />
      <PageHeader
        title={t('apps.title')}
        description={t('apps.description')}
        actions={
          canEdit ? (
            <Button appearance="primary" icon={<Add24Regular />} onClick={() => setAdding(true)}>
              {t('apps.add')}
            </Button>
          ) : null
        }
      />
      {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock /> : null}
      {data ? (
        <TableScroller label={t('apps.tableLabel')} minWidth="560px">
          <Table aria-label={t('apps.tableLabel')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('apps.name')}</TableHeaderCell>
                <TableHeaderCell>{t('apps.appId')}</TableHeaderCell>
                <TableHeaderCell>{t('apps.roles')}</TableHeaderCell>
                <TableHeaderCell>{t('apps.addedAt')}</TableHeaderCell>
                {canEdit ? <TableHeaderCell>{t('tenants.actions')}</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((app) => (
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
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      ) : null}
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
