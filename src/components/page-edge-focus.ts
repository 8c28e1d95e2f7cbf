import { useEffect } from 'react';

const isEdgeHelper = (element: Element | null | undefined): element is HTMLElement =>
  element instanceof HTMLElement && element.hasAttribute('data-tabster-dummy');

/**
 * The first modal dialog makes Tabster (Fluent's focus manager) put two helpers at the edges of the
 * page: `aria-hidden` elements that take focus only to pass it on. Tabster means them to leave the
 * tab order while focus is in the page, but it adds them while focus already is and never takes
 * them out, so from then on every page fails axe's `aria-hidden-focus` rule (serious). This takes
 * them out whenever focus is in the page, which is what Tabster does itself once focus has left
 * the page and come back.
 */
export function installPageEdgeFocusFix(doc: Document = document): () => void {
  const watched = new WeakSet<Element>();
  const settle = () => {
    const active = doc.activeElement;
    const focusInPage = active !== null && active !== doc.body && !isEdgeHelper(active);
    for (const edge of [doc.body.firstElementChild, doc.body.lastElementChild]) {
      if (!isEdgeHelper(edge)) continue;
      // Tabster puts them back in the tab order when focus leaves the page: watch the helpers alone.
      if (!watched.has(edge)) {
        watched.add(edge);
        observer.observe(edge, { attributes: true, attributeFilter: ['tabindex'] });
      }
      if (focusInPage && edge.tabIndex !== -1) edge.tabIndex = -1;
    }
  };
  const observer = new MutationObserver(settle);
  // The helpers are always the body's first and last children: its own child list is enough.
  observer.observe(doc.body, { childList: true });
  doc.addEventListener('focusin', settle);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', settle);
  };
}

export function usePageEdgeFocusFix(): void {
  useEffect(() => installPageEdgeFocusFix(), []);
}
