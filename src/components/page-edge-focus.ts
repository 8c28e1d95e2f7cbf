import { useEffect } from 'react';

const isEdgeHelper = (element: Element | null | undefined): element is HTMLElement =>
  element instanceof HTMLElement && element.hasAttribute('data-tabster-dummy');

/**
 * The first modal dialog makes Tabster (Fluent's focus manager) put two helpers at the edges of the
 * page: `aria-hidden` elements that take focus only to pass it on. Tabster means them to leave the
 * tab order while focus is in the page, but it adds them while focus already is, and never takes
 * them out: from then on every page fails axe's `aria-hidden-focus` rule (serious), in the browser
 * suite's order of checks as in a screen-reader user's tab order. This takes them out whenever
 * focus is in the page, which is what Tabster does itself once focus has left and come back.
 */
export function installPageEdgeFocusFix(doc: Document = document): () => void {
  const settle = () => {
    const active = doc.activeElement;
    if (!active || active === doc.body || isEdgeHelper(active)) return;
    for (const edge of [doc.body.firstElementChild, doc.body.lastElementChild]) {
      if (isEdgeHelper(edge) && edge.tabIndex !== -1) edge.tabIndex = -1;
    }
  };
  const observer = new MutationObserver(settle);
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['tabindex'],
  });
  doc.addEventListener('focusin', settle);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', settle);
  };
}

export function usePageEdgeFocusFix(): void {
  useEffect(() => installPageEdgeFocusFix(), []);
}
