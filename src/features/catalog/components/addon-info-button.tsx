import { Button, Popover, PopoverSurface, Text, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  surface: { maxWidth: '360px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The info icon beside an add-on's name: a real button whose popover names the prerequisites.
 * Focus moves to the popover's Close button so keyboard and screen-reader users land on it;
 * closing returns focus to the icon. (A modal focus trap is avoided: the list stays a plain,
 * non-modal dialog next to the catalog.)
 */
export function AddonInfoButton({ skuTitle, prerequisites }: { skuTitle: string; prerequisites: string[] }) {
  const { t } = useTranslation('catalog');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [trigger, setTrigger] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Not autoFocus: React focuses before the popover is positioned, which scrolls the page to where
  // the surface first lands.
  useEffect(() => {
    if (open) closeButton.current?.focus({ preventScroll: true });
  }, [open]);
  const close = () => {
    setOpen(false);
    trigger?.focus();
  };
  // The button is the popover's positioning target rather than a PopoverTrigger: a trigger starts
  // tabster's modalizer on page load, whose focusable helpers inside aria-hidden fail the catalog's
  // aria-hidden-focus audit. The button toggles; a click outside it closes.
  return (
    <>
      <Button
        ref={setTrigger}
        appearance="transparent"
        size="small"
        icon={<InfoRegular />}
        aria-label={t('addon.infoButton', { sku: skuTitle })}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => (open ? close() : setOpen(true))}
      />
      {open ? (
        <Popover
          withArrow
          open
          positioning={{ target: trigger }}
          onOpenChange={(event, data) => {
            // A press on the button itself is its own toggle, not a click outside.
            if (!data.open && trigger?.contains(event.target as Node)) return;
            if (data.open) setOpen(true);
            else close();
          }}
        >
          <PopoverSurface className={styles.surface} role="dialog" aria-labelledby={headingId}>
            <Text as="h3" weight="semibold" id={headingId}>
              {t('addon.infoTitle')}
            </Text>
            <ul className={styles.list}>
              {prerequisites.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            <div>
              <Button size="small" ref={closeButton} onClick={close}>
                {tCommon('actions.close')}
              </Button>
            </div>
          </PopoverSurface>
        </Popover>
      ) : null}
    </>
  );
}
