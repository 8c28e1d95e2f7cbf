import {
  cloneElement,
  lazy,
  Suspense,
  useEffect,
  useState,
  useTransition,
  type ComponentType,
  type LazyExoticComponent,
  type ReactElement,
} from 'react';

/** What a header menu's body receives: it renders Fluent's Menu around `trigger`, controlled. */
export interface MenuBodyProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactElement;
}

type MenuBody = LazyExoticComponent<ComponentType<MenuBodyProps>> & { preload: () => void };

/** A lazily loaded menu body that can start downloading before it is needed. */
export function lazyMenu(load: () => Promise<{ default: ComponentType<MenuBodyProps> }>): MenuBody {
  let loading: ReturnType<typeof load> | undefined;
  const once = () => (loading ??= load());
  return Object.assign(lazy(once), { preload: () => void once() });
}

/**
 * A header menu whose Fluent menu code (menus, positioning, popovers: about 30 KB gzip) loads on
 * first use rather than with the first screen. Until then the trigger is the same button, marked
 * as opening a menu; pointing at it or focusing it starts the download, and the first activation
 * (click, Enter or Space) opens the menu as soon as the code is there. The transition keeps the
 * focused button on screen while it loads.
 */
export function DeferredMenu({ trigger, body: Body }: { trigger: ReactElement; body: MenuBody }) {
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const [, startTransition] = useTransition();
  if (!wanted) {
    return cloneElement(trigger as ReactElement<Record<string, unknown>>, {
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onPointerEnter: Body.preload,
      onFocus: Body.preload,
      onClick: () =>
        startTransition(() => {
          setWanted(true);
          setOpen(true);
        }),
    });
  }
  return (
    <Suspense fallback={trigger}>
      <OpenOnceMounted body={Body} open={open} onOpenChange={setOpen} trigger={trigger} />
    </Suspense>
  );
}

/**
 * Fluent's Menu moves focus to its first item when `open` turns true; a menu mounted already open
 * has no popover to focus yet, so the first render is closed and the next one opens it.
 */
function OpenOnceMounted({ body: Body, open, ...props }: MenuBodyProps & { body: MenuBody }) {
  const [mounted, setMounted] = useState(false);
  // Deliberately a second render: the open must happen after the popover exists.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setMounted(true), []);
  return <Body open={mounted && open} {...props} />;
}
