import { configure, screen, waitFor } from '@testing-library/react';

// Lazy pages and dialogs on a shared 2-core machine can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

/**
 * Finds an open Fluent dialog by its accessible name. In the test DOM, tabster's modalizer sometimes
 * leaves `aria-hidden="true"` on the open dialog surface itself (Chromium does not, and the
 * Playwright suite checks the same dialogs with axe), which hides it from role queries; the stray
 * attribute is dropped (and dropped again whenever tabster re-applies it) so the test can go on
 * querying by role and name.
 */
export function findDialog(name: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = [
      ...screen.queryAllByRole('dialog', { hidden: true }),
      ...screen.queryAllByRole('alertdialog', { hidden: true }),
    ].find((candidate) => {
      const title =
        document.getElementById(candidate.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
      return typeof name === 'string' ? title === name : name.test(title);
    });
    if (!dialog) throw new Error(`No open dialog named ${String(name)}`);
    keepExposed(dialog);
    return dialog;
  });
}

function keepExposed(dialog: HTMLElement): void {
  dialog.removeAttribute('aria-hidden');
  const observer = new MutationObserver(() => {
    if (!dialog.isConnected) observer.disconnect();
    else if (dialog.hasAttribute('aria-hidden')) dialog.removeAttribute('aria-hidden');
  });
  observer.observe(dialog, { attributes: true, attributeFilter: ['aria-hidden'] });
}
