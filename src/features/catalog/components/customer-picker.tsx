import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { customersQuery } from '../api';

export const CustomerPicker = memo(function CustomerPicker({
  customerId,
  onChange,
}: {
  customerId: string | undefined;
  onChange: (customerId: string) => void;
}) {
  const { t } = useTranslation('catalog');
  const customers = useQuery(customersQuery());
  const items = customers.data ?? [];
  const selected = items.find((customer) => customer.id === customerId);
  const label = (customer: (typeof items)[number]) =>
    `${customer.companyProfile.companyName ?? customer.companyProfile.domain} (${customer.companyProfile.address?.country ?? ''})`;
  return (
    <Field label={t('customer.label')} hint={t('customer.hint')}>
      <Dropdown
        placeholder={t('customer.placeholder')}
        value={selected ? label(selected) : ''}
        selectedOptions={customerId ? [customerId] : []}
        onOptionSelect={(_event, data) => data.optionValue && onChange(data.optionValue)}
      >
        {items.map((customer) => (
          <Option key={customer.id} value={customer.id} text={label(customer)}>
            {label(customer)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
});
