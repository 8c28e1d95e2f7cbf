import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { Add24Regular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CardTitle } from '@/components/card-title';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { locationCountries, locationSchema, type LocationInput } from '@/lib/account-rules';
import type { PartnerLocation } from '@/lib/api-types/account';
import { accountKeys } from '../api/keys';
import { addLocation, locationsQuery, removeLocation, updateLocation } from '../api/profile';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { serverFieldErrors, useRuleMessage } from '@/components/form-errors';
import { useFormStyles } from './profile-form';
import { LoadingBlock } from '@/components/page-state';
import { TextField } from '@/components/text-field';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { TableScroller } from '@/components/table-scroller';
import { useSingleSubmit } from '@/components/use-single-submit';

const locationFields: Path<LocationInput>[] = [
  'name',
  'address.addressLine1',
  'address.city',
  'address.state',
  'address.postalCode',
  'address.country',
];

const emptyLocation: LocationInput = {
  name: '',
  address: { addressLine1: '', city: '', state: '', postalCode: '', country: 'FR' },
};

function LocationDialog({ location, onClose }: { location: PartnerLocation | null; onClose: () => void }) {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useFormStyles();
  const ruleMessage = useRuleMessage();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<LocationInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(locationSchema),
    defaultValues: location
      ? {
          name: location.name,
          address: {
            ...location.address,
            country: location.address.country as LocationInput['address']['country'],
            state: location.address.state ?? '',
          },
        }
      : emptyLocation,
  });
  const serverErrors = serverFieldErrors(form.setError, locationFields);
  const save = useMutation({
    mutationFn: (values: LocationInput) =>
      location ? updateLocation(location.id, values) : addLocation(values),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.locations() });
      await queryClient.invalidateQueries({ queryKey: accountKeys.identifiers() });
      notify(t(location ? 'legal.locations.updated' : 'legal.locations.added', { name: saved.name }));
      onClose();
    },
    onError: serverErrors.place,
  });
  const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
  const title = location
    ? t('legal.locations.editTitle', { name: location.name })
    : t('legal.locations.addTitle');
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? null : onClose())}>
      <DialogSurface>
        <form noValidate onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              <ErrorSummary
                form={form}
                labels={{
                  name: t('legal.locations.name'),
                  'address.addressLine1': t('legal.business.addressLine1'),
                  'address.city': t('legal.business.city'),
                  'address.state': t('legal.business.state'),
                  'address.postalCode': t('legal.business.postalCode'),
                  'address.country': t('legal.locations.country'),
                }}
              />
              <TextField form={form} name="name" label={t('legal.locations.name')} required />
              <TextField
                form={form}
                name="address.addressLine1"
                label={t('legal.business.addressLine1')}
                required
              />
              <div className={styles.grid}>
                <TextField form={form} name="address.city" label={t('legal.business.city')} required />
                <TextField form={form} name="address.state" label={t('legal.business.state')} />
                <TextField
                  form={form}
                  name="address.postalCode"
                  label={t('legal.business.postalCode')}
                  required
                />
                <Field
                  label={t('legal.locations.country')}
                  required
                  validationMessage={ruleMessage(form.formState.errors.address?.country?.message)}
                >
                  <Select {...form.register('address.country')}>
                    {locationCountries.map((country) => (
                      <option key={country} value={country}>
                        {t(`countries.${country}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              {serverErrors.general(save.error) ? <ErrorState error={save.error} /> : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={save.isPending}>
                {save.isPending ? tCommon('actions.saving') : tCommon('actions.save')}
              </Button>
              <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** The partner's locations, each with its own partner location ID; the headquarters stays. */
export function LocationsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('accountSettings');
  const styles = useFormStyles();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(locationsQuery());
  const [editing, setEditing] = useState<PartnerLocation | 'new' | null>(null);
  const [removing, setRemoving] = useState<PartnerLocation | null>(null);
  return (
    <section className={styles.form} aria-labelledby="locations-heading">
      <CardTitle id="locations-heading" size={500}>
        {t('legal.locations.heading')}
      </CardTitle>
      <Text className={styles.muted}>{t('legal.locations.hint')}</Text>
      {canEdit ? (
        <div>
          <Button icon={<Add24Regular />} onClick={() => setEditing('new')}>
            {t('legal.locations.add')}
          </Button>
        </div>
      ) : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock rows={3} /> : null}
      {data ? (
        <TableScroller label={t('legal.locations.tableLabel')} minWidth="640px">
          <Table aria-labelledby="locations-heading" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('legal.locations.name')}</TableHeaderCell>
                <TableHeaderCell>{t('legal.locations.address')}</TableHeaderCell>
                <TableHeaderCell>{t('legal.locations.partnerId')}</TableHeaderCell>
                {canEdit ? <TableHeaderCell>{t('legal.locations.actions')}</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((location) => (
                <TableRow key={location.id}>
                  <TableCell>
                    {location.name}{' '}
                    {location.isHeadquarters ? (
                      <Badge appearance="tint" color="brand">
                        {t('legal.locations.headquarters')}
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {[
                      location.address.addressLine1,
                      location.address.postalCode,
                      location.address.city,
                      t(`countries.${location.address.country as 'FR'}`, {
                        defaultValue: location.address.country,
                      }),
                    ].join(', ')}
                  </TableCell>
                  <TableCell>{location.id}</TableCell>
                  {canEdit ? (
                    <TableCell>
                      <Button size="small" appearance="subtle" onClick={() => setEditing(location)}>
                        {t('legal.locations.edit', { name: location.name })}
                      </Button>
                      {location.isHeadquarters ? null : (
                        <Button size="small" appearance="subtle" onClick={() => setRemoving(location)}>
                          {t('legal.locations.remove', { name: location.name })}
                        </Button>
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      ) : null}
      {editing ? (
        <LocationDialog location={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('legal.locations.removeTitle', { name: removing?.name ?? '' })}
        body={t('legal.locations.removeBody', { id: removing?.id ?? '' })}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await removeLocation(removing.id);
          await queryClient.invalidateQueries({ queryKey: accountKeys.locations() });
          await queryClient.invalidateQueries({ queryKey: accountKeys.identifiers() });
          notify(t('legal.locations.removed', { name: removing.name }));
        }}
      />
    </section>
  );
}
