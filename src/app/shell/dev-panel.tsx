import { Button } from '@fluentui/react-components';
import { WrenchScrewdriver24Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

// The drawer and its controls are a separate chunk: most visits never open it.
const DevPanelDrawer = lazy(() => import('./dev-panel-drawer'));

/**
 * The developer panel's button. `?devtools=throttling` (linked from the API throttling
 * announcement) opens it straight away.
 */
export function DevPanel() {
  const { t } = useTranslation('shell');
  const [searchParams, setSearchParams] = useSearchParams();
  const [open, setOpen] = useState(() => searchParams.has('devtools'));
  const [loaded, setLoaded] = useState(open);

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
        {t('devPanel.button')}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <DevPanelDrawer open={open} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
