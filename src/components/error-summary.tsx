import { Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import {
  useFormState,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRuleMessage } from './form-errors';

/**
 * Options every form with an `ErrorSummary` passes to `useForm`: react-hook-form would otherwise move
 * focus to the first invalid field (and again on a timer), fighting the summary for it.
 *
 * ```ts
 * const form = useForm<Values>({ ...errorSummaryFormOptions, resolver, defaultValues });
 * ```
 */
export const errorSummaryFormOptions = { shouldFocusError: false } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM + ' ' + tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusDangerBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
    ':focus': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

interface Problem {
  name: string;
  message: string;
  /** `server` for an answer of the API (`applyServerFieldErrors`); else the rule that failed. */
  type: string;
}

/** Flattens react-hook-form's nested errors (`address.city`, array items) into dotted names. */
function problemsOf(errors: FieldErrors, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const entry = value as { message?: unknown; type?: unknown; ref?: unknown };
    if (typeof entry.message === 'string' && entry.message && typeof entry.type === 'string') {
      problems.push({ name, message: entry.message, type: entry.type });
      continue;
    }
    problems.push(...problemsOf(value as FieldErrors, name));
  }
  return problems;
}

/** Moves focus to a field: its react-hook-form ref, else its `name`, else a `data-error-target` group. */
function focusField(setFocus: (name: string) => void, name: string, scope: Element | null) {
  const before = document.activeElement;
  try {
    setFocus(name);
  } catch {
    // A field without a focusable ref: the fallbacks below find it.
  }
  if (document.activeElement !== before && document.activeElement !== document.body) return;
  const root = scope ?? document;
  const escaped = CSS.escape(name);
  const target =
    root.querySelector<HTMLElement>(`[name="${escaped}"]`) ??
    root
      .querySelector(`[data-error-target="${escaped}"]`)
      ?.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
  target?.focus();
}

/**
 * The GOV.UK error summary for a react-hook-form form: after a submit that fails validation, focus
 * moves to a box at the top of the form titled "There is a problem" that lists each problem as a link;
 * a link moves focus to its field. Field messages stay at the fields (Fluent announces them, and
 * they are the field's description, read when the link puts focus there).
 * The links name the field (its label) rather than repeat its message: a message written twice on
 * the page would be ambiguous to find by text, for people searching the page and for tests alike.
 * The list follows the current errors, so it shrinks as problems are fixed, and it also lists the
 * field errors a server sent back (focus then stays where `applyServerFieldErrors` put it).
 *
 * Use: create the form with `errorSummaryFormOptions`, put `<ErrorSummary>` first inside the `<form>`
 * (first inside `DialogContent` in a dialog), and give the labels the fields show, in field order:
 *
 * ```tsx
 * const form = useForm<Values>({ ...errorSummaryFormOptions, resolver: zodResolver(schema) });
 * const submit = useSingleSubmit(form.handleSubmit, (values) => save.mutateAsync(values));
 * <form noValidate onSubmit={submit}>
 *   <ErrorSummary form={form} labels={{ name: t('name'), 'address.city': t('city') }} />
 * ```
 *
 * A field whose input has no react-hook-form ref and no `name` (a checkbox group) is found through
 * a wrapper marked `data-error-target="<field name>"`.
 */
export function ErrorSummary<T extends FieldValues, C, O extends FieldValues>({
  form,
  labels,
  className,
}: {
  form: Pick<UseFormReturn<T, C, O>, 'control' | 'setFocus' | 'trigger'>;
  labels: Partial<Record<string, string>>;
  /** Spacing for a form that does not space its children itself. */
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const ruleMessage = useRuleMessage();
  const styles = useStyles();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { errors, submitCount, isSubmitSuccessful } = useFormState({ control: form.control });
  const order = Object.keys(labels);
  const problems = problemsOf(errors as FieldErrors).sort((a, b) => {
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    return rank(a.name) - rank(b.name);
  });
  const hasProblems = problems.length > 0;

  // Only a submit moves focus here: errors found on blur stay at their field.
  const focusedFor = useRef(0);
  useEffect(() => {
    if (submitCount === focusedFor.current || !hasProblems) return;
    focusedFor.current = submitCount;
    // Server errors arrive after the submit with focus already placed on their field: leave it.
    if (isSubmitSuccessful) return;
    ref.current?.focus();
  }, [submitCount, hasProblems, isSubmitSuccessful]);

  // Some schemas write their messages in the language of the moment (a customer form's "Enter the
  // City."), and a message stays in the form state until its field is validated again: after a switch
  // to French, the summary's links were French and the fields' messages still English. The fields a
  // rule refused are validated again in the new language. An API's answer is not: validating would
  // drop it.
  const language = i18n.resolvedLanguage;
  const validatedIn = useRef(language);
  const validateAgain = useEffectEvent(() => {
    const refusedByRules = problems
      .filter((problem) => problem.type !== 'server')
      .map((problem) => problem.name);
    if (refusedByRules.length > 0) void form.trigger(refusedByRules as Path<T>[]);
  });
  useEffect(() => {
    if (validatedIn.current === language) return;
    validatedIn.current = language;
    validateAgain();
  }, [language]);

  if (submitCount === 0 || !hasProblems) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={mergeClasses(styles.root, className)}
    >
      <Text as="h2" id={titleId} size={400} weight="semibold">
        {t('errorSummary.title')}
      </Text>
      <Text>{t('errorSummary.lead')}</Text>
      <ul className={styles.list}>
        {problems.map((problem) => {
          const label = labels[problem.name];
          const message = label ? undefined : (ruleMessage(problem.message) ?? problem.message);
          return (
            <li key={problem.name}>
              <Link
                href={`#${problem.name}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(
                    (name) => form.setFocus(name as Path<T>),
                    problem.name,
                    ref.current?.closest('form') ?? null,
                  );
                }}
              >
                {label ?? message}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
