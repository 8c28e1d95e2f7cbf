import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Select,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { tenantSchema, tenantTypes, type TenantInput } from '@/lib/account-rules';
import type { AccountTenant } from '@/lib/api-types/account';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import { accountKeys } from '../api/keys';
import { associateTenant, removeTenant, tenantsQuery } from '../api/profile';
import { SettingsTablePage } from '../components/settings-table-page';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { serverFieldErrors } from '@/components/form-errors';
import { useFormStyles } from '../components/profile-form';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';

const useTableStyles = makeStyles({
  // Content decides the widths: shared out equally, a primary domain ran over the Type column
  // and the Remove button out of the page, even at 1280 px.
  table: { tableLayout: 'auto' },
});

function AssociateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useFormStyles();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<TenantInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(tenantSchema),
    defaultValues: { tenantId: '', primaryDomain: '', type: 'commercial' },
  });
  const serverErrors = serverFieldErrors(form.setError, ['tenantId', 'primaryDomain', 'type']);
  const save = useMutation({
    mutationFn: associateTenant,
    onSuccess: async (tenant) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.tenants() });
      await queryClient.invalidateQueries({ queryKey: accountKeys.identifiers() });
      notify(t('tenants.associated', { domain: tenant.primaryDomain }));
      onClose();
    },
    onError: serverErrors.place,
  });
  const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? null : onClose())}>
      <DialogSurface>
        <form noValidate onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t('tenants.associateTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <ErrorSummary
                form={form}
                labels={{
                  tenantId: t('tenants.tenantId'),
                  primaryDomain: t('tenants.primaryDomain'),
                  type: t('tenants.type'),
                }}
              />
              <TextField
                form={form}
                name="tenantId"
                label={t('tenants.tenantId')}
                hint={t('tenants.associateHint')}
                required
              />
              <TextField
                form={form}
                name="primaryDomain"
                label={t('tenants.primaryDomain')}
                hint={t('tenants.domainHint')}
                required
              />
              <Field label={t('tenants.type')} required>
                <Select {...form.register('type')}>
                  {tenantTypes.map((type) => (
                    <option key={type} value={type}>
                      {t(`tenants.types.${type}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              {serverErrors.general(save.error) ? <ErrorState error={save.error} /> : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={save.isPending}>
                {t('tenants.associateAction')}
              </Button>
              <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export function Component() {
  const { t } = useTranslation('accountSettings');
  const format = useFormatters();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canEdit = useCan('account.update');
  const query = useQuery(tenantsQuery());
  const [associating, setAssociating] = useState(false);
  const [removing, setRemoving] = useState<AccountTenant | null>(null);
  const onlyOne = query.data?.items.length === 1;
  const tableStyles = useTableStyles();
  return (
    <>
      <SettingsTablePage
        section={{ label: t('nav.organizationProfile'), to: '/settings/account/legal' }}
        title={t('tenants.title')}
        description={t('tenants.description')}
        addAction={
          canEdit ? { label: t('tenants.associate'), onClick: () => setAssociating(true) } : undefined
        }
        readOnly={canEdit === false}
        query={query}
        table={{
          label: t('tenants.tableLabel'),
          minWidth: '640px',
          columns: [
            t('tenants.tenantId'),
            t('tenants.primaryDomain'),
            t('tenants.type'),
            t('tenants.associatedAt'),
            ...(canEdit ? [t('tenants.actions')] : []),
          ],
          className: tableStyles.table,
        }}
        rows={(data) =>
          data.items.map((tenant) => (
            <TableRow key={tenant.tenantId}>
              <TableCell>
                <code>{tenant.tenantId}</code>
              </TableCell>
              <TableCell>{tenant.primaryDomain}</TableCell>
              <TableCell>{t(`tenants.types.${tenant.type}`)}</TableCell>
              <TableCell>{format.date(tenant.associatedAt)}</TableCell>
              {canEdit ? (
                <TableCell>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={onlyOne}
                    title={onlyOne ? t('tenants.lastTenant') : undefined}
                    onClick={() => setRemoving(tenant)}
                  >
                    {t('tenants.remove', { domain: tenant.primaryDomain })}
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))
        }
      />
      {associating ? <AssociateDialog onClose={() => setAssociating(false)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('tenants.removeTitle', { domain: removing?.primaryDomain ?? '' })}
        body={t('tenants.removeBody')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await removeTenant(removing.tenantId);
          await queryClient.invalidateQueries({ queryKey: accountKeys.tenants() });
          await queryClient.invalidateQueries({ queryKey: accountKeys.identifiers() });
          notify(t('tenants.removed', { domain: removing.primaryDomain }));
        }}
      />
    </>
  );
}
