import {
  Button,
  Combobox,
  Field,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { EmailAddress } from '@/components/email-address';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { TableScroller } from '@/components/table-scroller';
import type { PartnerGroup } from '@/lib/api-types/account';
import { useCan } from '@/lib/auth';
import { accountKeys } from '../api/keys';
import { addGroupMember, groupMembersQuery, groupQuery, removeGroupMember, searchUsers } from '../api/users';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { useRoleNames } from '../components/role-checkboxes';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  picker: { maxWidth: '420px' },
});

function AddMember({ group }: { group: PartnerGroup }) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const { data } = useQuery({
    queryKey: [...accountKeys.users(), 'picker', text],
    queryFn: ({ signal }) => searchUsers(text, signal),
    enabled: text.trim().length >= 2,
  });
  const add = useMutation({
    mutationFn: (userId: string) => addGroupMember(group.id, userId),
    onSuccess: async (user) => {
      setText('');
      await queryClient.invalidateQueries({ queryKey: accountKeys.groups() });
      notify(t('groups.memberAdded', { name: user.displayName }));
    },
  });
  const candidates = (data?.items ?? []).filter((user) => !group.memberIds.includes(user.id));
  return (
    <>
      <Field label={t('groups.addMemberLabel')} hint={t('groups.addMemberHint')} className={styles.picker}>
        <Combobox
          freeform
          value={text}
          onChange={(event) => setText(event.target.value)}
          onOptionSelect={(_event, option) => {
            if (option.optionValue) add.mutate(option.optionValue);
          }}
        >
          {text.trim().length >= 2 && candidates.length === 0 ? (
            <Option disabled value="">
              {t('groups.noResults')}
            </Option>
          ) : null}
          {candidates.map((user) => (
            <Option key={user.id} value={user.id} text={`${user.displayName} (${user.email})`}>
              {`${user.displayName} (${user.email})`}
            </Option>
          ))}
        </Combobox>
      </Field>
      {add.isError ? <ErrorState error={add.error} /> : null}
    </>
  );
}

export function Component() {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const roleNames = useRoleNames();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { groupId = '' } = useParams();
  const canEdit = useCan('users.update');
  const group = useQuery(groupQuery(groupId));
  const members = useQuery(groupMembersQuery(groupId));
  const remove = useMutation({
    mutationFn: (user: { id: string; displayName: string }) => removeGroupMember(groupId, user.id),
    onSuccess: async (_result, user) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.groups() });
      notify(t('groups.memberRemoved', { name: user.displayName }));
    },
  });
  const name = group.data?.name ?? '…';
  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.userManagement'), to: '/settings/account/users' },
          { label: t('groups.title'), to: '/settings/account/users/groups' },
          { label: name },
        ]}
      />
      <PageHeader title={group.data?.name ?? t('groups.title')} description={group.data?.description} />
      <div className={styles.stack}>
        {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
        {group.error ? <ErrorState error={group.error} onRetry={() => void group.refetch()} /> : null}
        {group.data ? (
          <Text>
            <strong>{t('groups.roles')}:</strong>{' '}
            {roleNames([...group.data.commercialRoles, ...group.data.developerRoles])}
          </Text>
        ) : null}
        {canEdit && group.data ? <AddMember group={group.data} /> : null}
        {remove.isError ? <ErrorState error={remove.error} /> : null}
        {members.isPending ? <LoadingBlock /> : null}
        {members.error ? <ErrorState error={members.error} onRetry={() => void members.refetch()} /> : null}
        {members.data && members.data.items.length === 0 ? <Text>{t('groups.noMembers')}</Text> : null}
        {members.data && members.data.items.length > 0 ? (
          <TableScroller label={t('groups.membersTableLabel', { name })} minWidth="560px">
            <Table aria-label={t('groups.membersTableLabel', { name })} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('users.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('users.email')}</TableHeaderCell>
                  {canEdit ? <TableHeaderCell>{t('tenants.actions')}</TableHeaderCell> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.data.items.map((user) => (
                  <TableRow key={user.id}>
                    <TableCell>
                      <AppLink to={`/settings/account/users/${encodeURIComponent(user.id)}`}>
                        {user.displayName}
                      </AppLink>
                    </TableCell>
                    <TableCell>
                      <EmailAddress address={user.email} />
                    </TableCell>
                    {canEdit ? (
                      <TableCell>
                        <Button
                          size="small"
                          appearance="subtle"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(user)}
                        >
                          {t('groups.removeMember', { name: user.displayName })}
                        </Button>
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroller>
        ) : null}
      </div>
    </>
  );
}
