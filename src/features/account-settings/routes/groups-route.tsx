import { TableCell, TableRow } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/notify';
import { groupSchema, type GroupInput } from '@/lib/account-rules';
import { useCan } from '@/lib/auth';
import { accountKeys } from '../api/keys';
import { createGroup, groupsQuery } from '../api/users';
import { SettingsTablePage } from '../components/settings-table-page';
import { serverFieldErrors } from '@/components/form-errors';
import { FormDialog } from '../components/role-assignment-dialog';
import { RoleFields, useRoleNames } from '../components/role-checkboxes';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { AppLink } from '@/components/app-link';
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
  const serverErrors = serverFieldErrors(form.setError, ['name', 'description']);
  const save = useMutation({
    mutationFn: createGroup,
    onSuccess: async (group) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.groups() });
      notify(t('groups.created', { name: group.name }));
      onClose();
    },
    onError: serverErrors.place,
  });
  const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
  return (
    <FormDialog
      title={t('groups.createTitle')}
      submitLabel={t('groups.create')}
      pending={save.isPending}
      error={serverErrors.general(save.error)}
      onSubmit={() => submit()}
      onClose={onClose}
    >
      <ErrorSummary
        form={form}
        labels={{ name: t('groups.name'), description: t('groups.groupDescription') }}
      />
      <TextField form={form} name="name" label={t('groups.name')} required />
      <TextField form={form} name="description" label={t('groups.groupDescription')} multiline />
      <RoleFields control={form.control} />
    </FormDialog>
  );
}

export function Component() {
  const { t } = useTranslation('accountSettings');
  const roleNames = useRoleNames();
  const canEdit = useCan('users.update');
  const query = useQuery(groupsQuery());
  const [creating, setCreating] = useState(false);
  return (
    <>
      <SettingsTablePage
        section={{ label: t('nav.userManagement'), to: '/settings/account/users' }}
        title={t('groups.title')}
        description={t('groups.description')}
        addAction={canEdit ? { label: t('groups.create'), onClick: () => setCreating(true) } : undefined}
        readOnly={canEdit === false}
        query={query}
        table={{
          label: t('groups.tableLabel'),
          minWidth: '560px',
          columns: [t('groups.name'), t('groups.groupDescription'), t('groups.roles'), t('groups.members')],
        }}
        rows={(data) =>
          data.items.map((group) => (
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
          ))
        }
      />
      {creating ? <CreateGroupDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
