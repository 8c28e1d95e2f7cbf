import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api-client';
import {
  verifiedAddressStatuses,
  type AddressToValidate,
  type AddressValidationResponse,
  type ValidatedAddress,
} from '@/lib/api-types/address-validation';
import { addressToValidate, differsFrom, fieldsNamedIn, validatedFields } from '../address-check';
import type { CustomerFormField, CustomerFormValues } from '../customer-form';
import { useRuleFormatters } from '../use-rule-formatters';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  result: { alignSelf: 'stretch' },
  choices: { marginBlock: tokens.spacingVerticalXS },
  fields: { display: 'inline-flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Outcome =
  | { kind: 'answer'; typed: AddressToValidate; answer: AddressValidationResponse }
  | { kind: 'failed'; typed: AddressToValidate };

const keyOf = (address: AddressToValidate) => JSON.stringify(address);

const partialLeads = ['InteractionRequired', 'StreetPartial', 'PremisesPartial', 'Multiple'] as const;
type PartialLead = (typeof partialLeads)[number];
const leadOf = (status: string): PartialLead | 'other' =>
  (partialLeads as readonly string[]).includes(status) ? (status as PartialLead) : 'other';

/**
 * "Validate an address" (`POST /v1/validations/address`) when the user asks for it. Partner Center
 * documents it as a pre-validation: it never holds a create or a save back, and a suggestion
 * replaces what was typed only when the user picks it. The answer shows until an address field
 * changes.
 */
export function AddressCheck({
  form,
  labels,
}: {
  form: UseFormReturn<CustomerFormValues>;
  labels: Record<CustomerFormField, string>;
}) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const { countryName } = useRuleFormatters();
  const watched = useWatch({ control: form.control, name: [...validatedFields] });
  const current = addressToValidate(
    Object.fromEntries(validatedFields.map((field, index) => [field, watched[index] ?? ''])) as Pick<
      CustomerFormValues,
      (typeof validatedFields)[number]
    >,
  );
  const [outcome, setOutcome] = useState<Outcome>();
  const [checking, setChecking] = useState(false);
  const [chosen, setChosen] = useState('0');

  const check = async () => {
    // The fields' own rules first: a missing city gets its message at the field, no request.
    if (!(await form.trigger(['addressLine1', 'city', 'postalCode', 'country']))) return;
    const typed = addressToValidate(form.getValues());
    setChecking(true);
    try {
      const answer = await api.post<AddressValidationResponse>('/v1/validations/address', typed);
      setOutcome({ kind: 'answer', typed, answer });
    } catch {
      setOutcome({ kind: 'failed', typed });
    } finally {
      setChecking(false);
      setChosen('0');
    }
  };

  const use = (address: ValidatedAddress) => {
    const options = { shouldDirty: true, shouldValidate: true } as const;
    form.setValue('addressLine1', address.addressLine1, options);
    form.setValue('addressLine2', address.addressLine2 ?? '', options);
    form.setValue('city', address.city, options);
    form.setValue('state', address.state, options);
    form.setValue('postalCode', address.postalCode, options);
    form.setValue('country', address.country, options);
  };

  const written = (address: ValidatedAddress) =>
    [
      address.addressLine1,
      address.addressLine2,
      address.city,
      `${address.state} ${address.postalCode}`.trim(),
    ]
      .filter(Boolean)
      .join(', ') + ` (${countryName(address.country)})`;

  const shown = outcome && keyOf(outcome.typed) === keyOf(current) ? outcome : undefined;
  return (
    <div className={styles.root}>
      <Button onClick={() => void check()} disabled={checking}>
        {checking ? t('addressCheck.checking') : t('addressCheck.button')}
      </Button>
      <div className={styles.result} aria-live="polite">
        {shown ? result() : null}
      </div>
    </div>
  );

  // A render function, not a component declared in render: that would remount on every change of
  // the chosen radio and drop the keyboard focus inside the group.
  function result() {
    if (!shown) return null;
    if (shown.kind === 'failed') {
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('addressCheck.failed')}</MessageBarBody>
        </MessageBar>
      );
    }
    const { answer, typed } = shown;
    const suggestions = answer.suggestedAddresses.slice(0, 3);
    if (verifiedAddressStatuses.has(answer.status)) {
      const better = suggestions.find((suggestion) => differsFrom(typed, suggestion));
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('addressCheck.verified')}</MessageBarTitle>
            {better ? (
              <>
                {t('addressCheck.normalised', { address: written(better) })}{' '}
                <Button size="small" onClick={() => use(better)}>
                  {t('addressCheck.useThis')}
                </Button>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      );
    }
    if (answer.status === 'NotValidated') {
      return (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('addressCheck.notValidated', { country: countryName(typed.country) })}
          </MessageBarBody>
        </MessageBar>
      );
    }
    if (suggestions.length > 0) {
      const lead = t(`addressCheck.lead.${leadOf(answer.status)}`);
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{lead}</MessageBarTitle>
            <RadioGroup
              className={styles.choices}
              aria-label={t('addressCheck.suggestions')}
              value={chosen}
              onChange={(_, data) => setChosen(data.value)}
            >
              {suggestions.map((suggestion, index) => (
                <Radio key={index} value={String(index)} label={written(suggestion)} />
              ))}
            </RadioGroup>
            <Button size="small" onClick={() => use(suggestions[Number(chosen)] ?? suggestions[0]!)}>
              {t('addressCheck.useSelected')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    }
    const doubted = fieldsNamedIn(answer.validationMessage);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('addressCheck.notVerified')}</MessageBarTitle>
          {doubted.length > 0 ? (
            <>
              {t('addressCheck.checkFields')}{' '}
              <span className={styles.fields}>
                {doubted.map((field) => (
                  <Link key={field} as="button" type="button" onClick={() => form.setFocus(field)}>
                    {labels[field]}
                  </Link>
                ))}
              </span>
            </>
          ) : (
            answer.validationMessage
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
