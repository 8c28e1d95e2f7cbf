import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, ErrorCircle16Filled } from '@fluentui/react-icons';
import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { onMicrosoftDomain } from '@/lib/customer-domain';
import type { CustomerFormValues } from '../customer-form';

type Answer = 'taken' | 'available' | 'unknown';

const useStyles = makeStyles({
  // Beside the domain field: level with its input, below the field's label.
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})`,
  },
  result: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  taken: { color: tokens.colorPaletteRedForeground1 },
  available: { color: tokens.colorPaletteGreenForeground1 },
  icon: { flexShrink: 0 },
});

/**
 * "Verify domain availability" (`HEAD /v1/domains/{domain}`: 200 taken, 404 free), asked only when
 * the user presses the button, as Partner Center's own Add customer page does. Never on its own:
 * the documented "free" answer is a 404, which the browser reports as a failed load, and the
 * create's 409 stays the authority on duplicates. The answer shows until the domain is edited.
 */
export function DomainAvailability({ form }: { form: UseFormReturn<CustomerFormValues> }) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const typed = useWatch({ control: form.control, name: 'domain' });
  const [checked, setChecked] = useState<{ domain: string; answer: Answer }>();
  const [checking, setChecking] = useState(false);

  const check = async () => {
    // The field's own rules first: a malformed name gets its message at the field, no request.
    if (!(await form.trigger('domain'))) return;
    const domain = onMicrosoftDomain(form.getValues('domain'));
    setChecking(true);
    let answer: Answer;
    try {
      await apiRequest(`/v1/domains/${encodeURIComponent(domain)}`, { method: 'HEAD' });
      answer = 'taken';
    } catch (error) {
      answer = error instanceof ApiError && error.status === 404 ? 'available' : 'unknown';
    }
    setChecking(false);
    setChecked({ domain, answer });
  };

  const shown = checked && typed.trim() && onMicrosoftDomain(typed) === checked.domain ? checked : undefined;
  return (
    <div className={styles.root}>
      <Button onClick={() => void check()} disabled={checking}>
        {checking ? t('domainCheck.checking') : t('domainCheck.button')}
      </Button>
      <Text role="status" aria-live="polite" className={styles.result}>
        {shown?.answer === 'taken' ? (
          <>
            <ErrorCircle16Filled className={mergeClasses(styles.icon, styles.taken)} aria-hidden />
            {t('domainCheck.taken', { domain: shown.domain })}
          </>
        ) : shown?.answer === 'available' ? (
          <>
            <CheckmarkCircle16Filled className={mergeClasses(styles.icon, styles.available)} aria-hidden />
            {t('domainCheck.available', { domain: shown.domain })}
          </>
        ) : shown?.answer === 'unknown' ? (
          t('domainCheck.failed')
        ) : null}
      </Text>
    </div>
  );
}
