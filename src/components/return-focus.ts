import { useEffect } from 'react';

const dialogSelector = '[role="dialog"], [role="alertdialog"]';

/**
 * When a dialog goes away and leaves focus nowhere, focus returns to what was focused before the
 * dialog took it. Fluent restores focus only to a `DialogTrigger`, and this app mounts its dialogs
 * only while they are open (a mounted closed dialog starts tabster's modalizer, whose focusable
 * helpers sit inside aria-hidden), so without this a keyboard user is dropped at the top of the page.
 * When that element is gone or disabled, focus goes to the main content (`#main`) instead.
 * A dialog that moves focus somewhere on purpose when it closes is left alone.
 */
export function installFocusReturn(doc: Document = document): () => void {
  // The dialogs that took focus and are still in the page, with what had it before. Most mutations
  // of a page (a table's rows, a skeleton replaced) happen with no dialog open: with none in here,
  // the observer returns before it looks at what was removed.
  const openers = new Map<Element, HTMLElement>();
  let lastFocused: HTMLElement | null = null;

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!target) return;
    const dialog = target.closest(dialogSelector);
    if (dialog && !openers.has(dialog) && lastFocused && lastFocused.closest(dialogSelector) !== dialog) {
      openers.set(dialog, lastFocused);
    }
    lastFocused = target;
  };

  const observer = new MutationObserver(() => {
    if (openers.size === 0) return;
    // In the order they opened: when a dialog and one opened from it go together, the outer one's
    // opener is the one still on the page.
    const closed = [...openers].filter(([dialog]) => !dialog.isConnected);
    for (const [dialog] of closed) openers.delete(dialog);
    const focusLost = !doc.activeElement || doc.activeElement === doc.body;
    const [first] = closed;
    if (!first || !focusLost) return;
    const [, opener] = first;
    if (opener.isConnected) opener.focus();
    // The opener is gone or cannot take focus any more (a bulk action's button, disabled once its
    // rows were fixed): the page's main content is the nearest sensible place.
    if (doc.activeElement !== opener) doc.getElementById('main')?.focus();
  });

  doc.addEventListener('focusin', onFocusIn);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}

export function useFocusReturn(): void {
  useEffect(() => installFocusReturn(), []);
}
