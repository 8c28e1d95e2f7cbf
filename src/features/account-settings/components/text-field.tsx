import { Field, Input, Textarea, type InputProps } from '@fluentui/react-components';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useRuleMessage } from './form-errors';

/** A labelled text control bound to a react-hook-form field, with its message at the field. */
export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  required = false,
  readOnly = false,
  type,
  multiline = false,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
  readOnly?: boolean;
  type?: InputProps['type'];
  multiline?: boolean;
}) {
  const ruleMessage = useRuleMessage();
  const { error } = form.getFieldState(name, form.formState);
  return (
    <Field label={label} hint={hint} required={required} validationMessage={ruleMessage(error?.message)}>
      {multiline ? (
        <Textarea {...form.register(name)} readOnly={readOnly} resize="vertical" rows={4} />
      ) : (
        <Input {...form.register(name)} readOnly={readOnly} {...(type ? { type } : {})} />
      )}
    </Field>
  );
}
