import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

const useStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    '& > table': { minWidth: 'var(--table-min-width)' },
  },
});

/** Whether the box is narrower than what it holds, kept up to date as either changes size. */
function useOverflowing() {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setOverflowing(box.scrollWidth > box.clientWidth + 1));
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflowing] as const;
}

/**
 * A table that keeps readable columns in a narrow space: below `minWidth` it scrolls sideways in
 * its own box (Fluent's tables share the width out equally, so on a phone a domain or an e-mail
 * address ran over the next column). Only while it scrolls is the box a named region in the tab
 * order, so that a keyboard can scroll it; where the table fits it adds no tab stop.
 */
export function TableScroller({
  label,
  minWidth,
  children,
}: {
  /** Names the scrolling region, usually the table's own name. */
  label: string;
  minWidth: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [ref, overflowing] = useOverflowing();
  return (
    <div
      ref={ref}
      className={styles.scroller}
      style={{ '--table-min-width': minWidth } as CSSProperties}
      {...(overflowing ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
