import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  surface: { maxWidth: '360px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The info icon beside an add-on's name: a real button whose popover names the prerequisites. */
export function AddonInfoButton({ skuTitle, prerequisites }: { skuTitle: string; prerequisites: string[] }) {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const { t: tCommon } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  // A modal popover needs something focusable inside, or the focus trap hides it from assistive tech.
  return (
    <Popover withArrow trapFocus open={open} onOpenChange={(_event, data) => setOpen(data.open)}>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          size="small"
          icon={<InfoRegular />}
          aria-label={t('addon.infoButton', { sku: skuTitle })}
        />
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={headingId}>
        <Text as="h3" weight="semibold" id={headingId}>
          {t('addon.infoTitle')}
        </Text>
        <ul className={styles.list}>
          {prerequisites.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <div>
          <Button size="small" onClick={() => setOpen(false)}>
            {tCommon('actions.close')}
          </Button>
        </div>
      </PopoverSurface>
    </Popover>
  );
}
