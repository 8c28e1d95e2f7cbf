import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubscribedSku } from '@/lib/api-types/catalog';
import { skuKey } from '@/lib/commerce-rules';

const useStyles = makeStyles({
  // A long label wraps, left-aligned, inside a narrow table cell instead of overflowing it.
  trigger: { textAlign: 'start', justifyContent: 'flex-start', height: 'auto' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: 0, margin: 0 },
  item: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
  },
});

/** The base SKUs that satisfy an add-on, and which of them the selected customer already has. */
export function CompatibleBasesDialog({
  skuTitle,
  prerequisites,
  names,
  subscribed,
  customerName,
  size = 'small',
}: {
  skuTitle: string;
  prerequisites: string[];
  names: Map<string, string>;
  subscribed: SubscribedSku[] | undefined;
  customerName?: string;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation('catalog');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const enabled = (subscribed ?? []).filter((licence) => licence.capabilityStatus === 'Enabled');
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  // No DialogTrigger, and the Dialog mounted only while open: either would start tabster's modalizer
  // on page load, whose focusable helpers inside aria-hidden fail the catalog's aria-hidden-focus audit.
  return (
    <>
      <Button
        ref={trigger}
        size={size}
        appearance="subtle"
        className={styles.trigger}
        onClick={() => setOpen(true)}
      >
        {t('addon.compatible')}
      </Button>
      {open ? (
        <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : close())}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('addon.compatibleTitle', { sku: skuTitle })}</DialogTitle>
              <DialogContent>
                <Text block>{t('addon.compatibleIntro')}</Text>
                <Text block weight="semibold">
                  {subscribed && customerName
                    ? t('addon.selectedCustomer', { customer: customerName })
                    : t('addon.noCustomer')}
                </Text>
                <ul className={styles.list} aria-label={t('addon.compatibleTitle', { sku: skuTitle })}>
                  {prerequisites.map((key) => {
                    const licence = enabled.find((item) => skuKey(item.productId, item.skuId) === key);
                    const name = names.get(key) ?? key;
                    return (
                      <li key={key} className={styles.item}>
                        <span>{name}</span>
                        {subscribed ? (
                          licence ? (
                            <Badge appearance="filled" color="success">
                              {t('addon.provisioned', {
                                channel: t(`channels.${licence.channel}`),
                                count: licence.totalUnits,
                              })}
                            </Badge>
                          ) : (
                            <Badge appearance="outline" color="informative">
                              {t('addon.notProvisioned')}
                            </Badge>
                          )
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={close}>
                  {tCommon('actions.close')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </>
  );
}
