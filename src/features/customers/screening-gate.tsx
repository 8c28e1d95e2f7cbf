import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { countryRulesQuery, customerQuery } from './api';
import { AppLink } from '@/components/app-link';
import { missingScreeningFields, type ScreeningField } from './rules';

type GateState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'missing'; customerId: string; company: string; missing: ScreeningField[] }
  | { kind: 'failed'; error: unknown; customerId: string; proceed: () => void };

/**
 * The enhanced-screening gate in front of purchases and subscription changes. `guard` reads the
 * customer and its country's rules fresh from the API, then either calls `proceed()` or opens the
 * dialog `element` renders (naming what is missing, linking to the account page). Render `element`
 * once in the page that calls `guard`.
 */
export function useScreeningGate(): {
  guard: (customerId: string, proceed: () => void) => Promise<void>;
  element: ReactNode;
} {
  const queryClient = useQueryClient();
  const [state, setState] = useState<GateState>({ kind: 'idle' });
  // The latest call wins: a slow answer for an earlier click must not open a stale dialog.
  const callRef = useRef(0);

  const guard = useCallback(
    async (customerId: string, proceed: () => void): Promise<void> => {
      const call = ++callRef.current;
      setState({ kind: 'checking' });
      try {
        // Fresh: the customer may have been fixed in another tab a minute ago.
        const customer = await queryClient.fetchQuery({ ...customerQuery(customerId), staleTime: 0 });
        const country = customer.billingProfile?.defaultAddress.country;
        const rules = country ? await queryClient.fetchQuery(countryRulesQuery(country)) : undefined;
        if (call !== callRef.current) return;
        const missing = missingScreeningFields(customer, rules);
        if (missing.length === 0) {
          setState({ kind: 'idle' });
          proceed();
          return;
        }
        setState({
          kind: 'missing',
          customerId,
          company: customer.companyProfile.companyName ?? customer.companyProfile.domain,
          missing,
        });
      } catch (error) {
        if (call !== callRef.current) return;
        setState({ kind: 'failed', error, customerId, proceed });
      }
    },
    [queryClient],
  );

  const close = useCallback(() => setState({ kind: 'idle' }), []);
  const retry = () => {
    if (state.kind === 'failed') void guard(state.customerId, state.proceed);
  };
  return { guard, element: <ScreeningGateDialog state={state} onClose={close} onRetry={retry} /> };
}

function ScreeningGateDialog({
  state,
  onClose,
  onRetry,
}: {
  state: GateState;
  onClose: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  if (state.kind === 'checking') {
    return (
      <span role="status" aria-live="polite">
        <Spinner size="tiny" label={t('gate.checking')} />
      </span>
    );
  }
  // Mounted only while open: a closed Fluent Dialog still starts tabster's modalizer, whose
  // focusable helpers inside aria-hidden fail the page's aria-hidden-focus audit.
  if (state.kind !== 'missing' && state.kind !== 'failed') return null;
  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : onClose())} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('gate.title')}</DialogTitle>
          <DialogContent>
            {state.kind === 'missing' ? (
              <>
                <p>{t('gate.body', { company: state.company })}</p>
                <ul aria-label={t('gate.title')}>
                  {state.missing.map((field) => (
                    <li key={field}>
                      {field === 'organizationRegistrationNumber'
                        ? t('gate.missingInn')
                        : t('gate.missingPhone')}
                    </li>
                  ))}
                </ul>
                <AppLink to={`/customers/${encodeURIComponent(state.customerId)}/account`} onClick={onClose}>
                  {t('gate.openAccount', { company: state.company })}
                </AppLink>
              </>
            ) : null}
            {state.kind === 'failed' ? (
              <ErrorState title={t('gate.loadFailed')} error={state.error} onRetry={onRetry} />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {tCommon('actions.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
