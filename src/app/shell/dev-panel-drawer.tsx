import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  OverlayDrawer,
  SpinButton,
  Switch,
  Text,
  Slider,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { api } from '@/lib/api-client';

interface FaultSettings {
  extraLatencyMs: number;
  serverErrors: boolean;
  networkFailure: boolean;
  throttling: boolean;
  retryAfterSeconds: number;
  throttledEndpoints?: string[];
}

const faultsKey = ['shell', 'mock-faults'] as const;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  endpoints: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalL,
    // The longest paths are wider than the drawer: they break at any character rather than overflow.
    overflowWrap: 'anywhere',
  },
});

/** Drives the mock's fault scenarios over its control endpoints. Loaded only when opened. */
export default function DevPanelDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { data: faults } = useQuery({
    queryKey: faultsKey,
    queryFn: () => api.get<FaultSettings>('/v1/_mock/faults'),
    enabled: open,
  });
  const update = useMutation({
    mutationFn: (next: Partial<FaultSettings>) => api.put<FaultSettings>('/v1/_mock/faults', next),
    onSuccess: (next) => {
      queryClient.setQueryData(faultsKey, (previous: FaultSettings | undefined) => ({
        ...previous,
        ...next,
      }));
      notify(t('devPanel.saved'));
    },
  });

  const close = onClose;

  return (
    <>
      <OverlayDrawer
        open={open}
        onOpenChange={(_event, data) => (data.open ? undefined : close())}
        position="end"
        size="medium"
      >
        <DrawerHeader>
          <DrawerHeaderTitle
            action={
              <Button
                appearance="subtle"
                aria-label={t('devPanel.close')}
                icon={<Dismiss24Regular />}
                onClick={close}
              />
            }
          >
            {t('devPanel.title')}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody className={styles.body}>
          <Text>{t('devPanel.description')}</Text>
          {faults ? (
            <>
              <Field
                label={t('devPanel.latency')}
                hint={t('devPanel.latencyValue', { ms: faults.extraLatencyMs })}
              >
                <Slider
                  min={0}
                  max={5000}
                  step={250}
                  value={faults.extraLatencyMs}
                  onChange={(_event, data) => update.mutate({ extraLatencyMs: data.value })}
                />
              </Field>
              <Switch
                label={t('devPanel.serverErrors')}
                checked={faults.serverErrors}
                onChange={(_event, data) => update.mutate({ serverErrors: data.checked })}
              />
              <Switch
                label={t('devPanel.networkFailure')}
                checked={faults.networkFailure}
                onChange={(_event, data) => update.mutate({ networkFailure: data.checked })}
              />
              <Switch
                label={t('devPanel.throttling')}
                checked={faults.throttling}
                onChange={(_event, data) => update.mutate({ throttling: data.checked })}
              />
              <Field label={t('devPanel.retryAfter')}>
                <SpinButton
                  min={1}
                  max={60}
                  value={faults.retryAfterSeconds}
                  onChange={(_event, data) => {
                    const value = data.value ?? Number(data.displayValue);
                    if (Number.isFinite(value) && value >= 1) update.mutate({ retryAfterSeconds: value });
                  }}
                />
              </Field>
              <section aria-labelledby="throttled-endpoints-heading">
                <Text as="h2" weight="semibold" id="throttled-endpoints-heading">
                  {t('devPanel.throttledEndpoints')}
                </Text>
                <ul className={styles.endpoints}>
                  {faults.throttledEndpoints?.map((endpoint) => (
                    <li key={endpoint}>{endpoint}</li>
                  ))}
                </ul>
              </section>
            </>
          ) : null}
        </DrawerBody>
      </OverlayDrawer>
    </>
  );
}
