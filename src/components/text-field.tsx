import { Field, Input, makeStyles, Textarea, type InputProps } from '@fluentui/react-components';
import { useController, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useRuleMessage } from './form-errors';
import { useSpelledDate } from './spelled-date';

const useStyles = makeStyles({ hintLine: { display: 'block' } });

/**
 * A labelled text control bound to a react-hook-form field, with its message at the field.
 * Controlled on purpose: Fluent's Input keeps its own value state, so values written through a
 * `register` ref would be overwritten by it.
 */
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
  const styles = useStyles();
  const { field, fieldState } = useController({ control: form.control, name });
  const spelledDate = useSpelledDate(type === 'date' ? (field.value as string | undefined) : undefined);
  const common = {
    name: field.name,
    ref: field.ref,
    value: (field.value as string | undefined) ?? '',
    onBlur: field.onBlur,
    readOnly,
  };
  return (
    <Field
      label={label}
      hint={
        spelledDate ? (
          <>
            {hint ? <span className={styles.hintLine}>{hint}</span> : null}
            <span className={styles.hintLine}>{spelledDate}</span>
          </>
        ) : (
          hint
        )
      }
      required={required}
      validationMessage={ruleMessage(fieldState.error?.message)}
    >
      {multiline ? (
        <Textarea
          {...common}
          onChange={(_event, data) => field.onChange(data.value)}
          resize="vertical"
          rows={4}
        />
      ) : (
        <Input
          {...common}
          onChange={(_event, data) => field.onChange(data.value)}
          {...(type ? { type } : {})}
        />
      )}
    </Field>
  );
}
