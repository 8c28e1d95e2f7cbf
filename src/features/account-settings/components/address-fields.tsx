import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ReactNode } from 'react';
import { TextField } from '@/components/text-field';
import { useFormStyles } from './profile-form';

/** The editable lines of a profile's address (the country is the profile's, not editable here). */
export const addressFieldNames = [
  'address.addressLine1',
  'address.addressLine2',
  'address.city',
  'address.state',
  'address.postalCode',
] as const;
export type AddressFieldName = (typeof addressFieldNames)[number];

interface AddressLines {
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  state?: string | null;
  postalCode: string;
}

/** A profile's address as the form edits it: absent optional lines as empty fields. */
export function addressValuesOf(address: AddressLines) {
  return {
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2 ?? '',
    city: address.city,
    state: address.state ?? '',
    postalCode: address.postalCode,
  };
}

/** The address fields' labels, keyed as the error summary and the server's details name them. */
export function useAddressLabels(): Record<AddressFieldName, string> {
  const { t } = useTranslation('accountSettings');
  return {
    'address.addressLine1': t('legal.business.addressLine1'),
    'address.addressLine2': t('legal.business.addressLine2'),
    'address.city': t('legal.business.city'),
    'address.state': t('legal.business.state'),
    'address.postalCode': t('legal.business.postalCode'),
  };
}

/** The legal and billing profiles' address, in the profile forms' grid; `children` ends the grid. */
export function AddressFields<T extends FieldValues & { address: AddressLines }>({
  form,
  readOnly,
  children,
}: {
  form: UseFormReturn<T>;
  readOnly: boolean;
  children?: ReactNode;
}) {
  const styles = useFormStyles();
  const labels = useAddressLabels();
  const required = new Set<AddressFieldName>(['address.addressLine1', 'address.city', 'address.postalCode']);
  return (
    <div className={styles.grid}>
      {addressFieldNames.map((name) => (
        <TextField
          key={name}
          form={form}
          readOnly={readOnly}
          name={name as Path<T>}
          label={labels[name]}
          required={required.has(name)}
        />
      ))}
      {children}
    </div>
  );
}
