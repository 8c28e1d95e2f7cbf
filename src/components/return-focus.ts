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
  const openers = new WeakMap<Element, HTMLElement>();
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

  const observer = new MutationObserver((mutations) => {
    const focusLost = !doc.activeElement || doc.activeElement === doc.body;
    if (!focusLost) return;
    for (const mutation of mutations) {
      for (const node of mutation.removedNodes) {
        if (!(node instanceof Element)) continue;
        const dialogs = node.matches(dialogSelector) ? [node] : [...node.querySelectorAll(dialogSelector)];
        for (const dialog of dialogs) {
          const opener = openers.get(dialog);
          if (!opener) continue;
          if (opener.isConnected) opener.focus();
          // The opener is gone or cannot take focus any more (a bulk action's button, disabled once
          // its rows were fixed): the page's main content is the nearest sensible place.
          if (doc.activeElement !== opener) doc.getElementById('main')?.focus();
          return;
        }
      }
    }
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
