import { Button } from '@fluentui/react-components';
import { WrenchScrewdriver24Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { HeaderButtonText } from './header-button-text';

// The drawer and its controls are a separate chunk: most visits never open it.
const DevPanelDrawer = lazy(() => import('./dev-panel-drawer'));

/**
 * The developer panel's button. `?devtools=throttling` (linked from the API throttling
 * announcement) opens it straight away.
 */
export function DevPanel() {
  const { t } = useTranslation('shell');
  const [searchParams, setSearchParams] = useSearchParams();
  const wantsOpen = searchParams.has('devtools');
  const [open, setOpen] = useState(wantsOpen);
  const [loaded, setLoaded] = useState(open);
  // The shell stays mounted, so an in-app link to `?devtools=…` must open the panel too, not only
  // a fresh page load: react to the parameter appearing.
  const [paramSeen, setParamSeen] = useState(wantsOpen);
  if (wantsOpen !== paramSeen) {
    setParamSeen(wantsOpen);
    if (wantsOpen) {
      setOpen(true);
      setLoaded(true);
    }
  }

  const close = () => {
    setOpen(false);
    if (searchParams.has('devtools')) {
      const next = new URLSearchParams(searchParams);
      next.delete('devtools');
      setSearchParams(next, { replace: true });
    }
  };

  return (
    <>
      <Button
        appearance="subtle"
        icon={<WrenchScrewdriver24Regular />}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <HeaderButtonText tool>{t('devPanel.button')}</HeaderButtonText>
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <DevPanelDrawer open={open} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
