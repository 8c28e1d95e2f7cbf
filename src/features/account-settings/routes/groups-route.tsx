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
import { groupSchema, type GroupInput } from '@/lib/account-rules';
import { useCan } from '@/lib/auth';
import { accountKeys } from '../api/keys';
import { createGroup, groupsQuery } from '../api/users';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { applyServerFieldErrors, hasFieldErrors } from '@/components/form-errors';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { FormDialog } from '../components/role-assignment-dialog';
import { RoleCheckboxes, useRoleNames } from '../components/role-checkboxes';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { AppLink } from '@/components/app-link';
import { TableScroller } from '@/components/table-scroller';
import { useSingleSubmit } from '@/components/use-single-submit';

function CreateGroupDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('accountSettings');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<GroupInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(groupSchema),
    defaultValues: { name: '', description: '', commercialRoles: [], developerRoles: [] },
  });
  const save = useMutation({
    mutationFn: createGroup,
    onSuccess: async (group) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.groups() });
      notify(t('groups.created', { name: group.name }));
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setError, ['name', 'description']),
  });
  const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
  return (
    <FormDialog
      title={t('groups.createTitle')}
      submitLabel={t('groups.create')}
      pending={save.isPending}
      error={save.isError && !hasFieldErrors(save.error, ['name', 'description']) ? save.error : null}
      onSubmit={() => submit()}
      onClose={onClose}
    >
      <ErrorSummary
        form={form}
        labels={{ name: t('groups.name'), description: t('groups.groupDescription') }}
      />
      <TextField form={form} name="name" label={t('groups.name')} required />
      <TextField form={form} name="description" label={t('groups.groupDescription')} multiline />
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
  const roleNames = useRoleNames();
  const canEdit = useCan('users.update');
  const { data, error, isPending, refetch } = useQuery(groupsQuery());
  const [creating, setCreating] = useState(false);
  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.userManagement'), to: '/settings/account/users' },
          { label: t('groups.title') },
        ]}
      />
      <PageHeader
        title={t('groups.title')}
        description={t('groups.description')}
        actions={
          canEdit ? (
            <Button appearance="primary" icon={<Add24Regular />} onClick={() => setCreating(true)}>
              {t('groups.create')}
            </Button>
          ) : null
        }
      />
      {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock /> : null}
      {data ? (
        <TableScroller label={t('groups.tableLabel')} minWidth="560px">
          <Table aria-label={t('groups.tableLabel')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('groups.name')}</TableHeaderCell>
                <TableHeaderCell>{t('groups.groupDescription')}</TableHeaderCell>
                <TableHeaderCell>{t('groups.roles')}</TableHeaderCell>
                <TableHeaderCell>{t('groups.members')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((group) => (
                <TableRow key={group.id}>
                  <TableCell>
                    <AppLink to={`/settings/account/users/groups/${encodeURIComponent(group.id)}`}>
                      {group.name}
                    </AppLink>
                  </TableCell>
                  <TableCell>{group.description}</TableCell>
                  <TableCell>{roleNames([...group.commercialRoles, ...group.developerRoles])}</TableCell>
                  <TableCell>{t('groups.memberCount', { count: group.memberIds.length })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      ) : null}
      {creating ? <CreateGroupDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
