import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { finiteAnimationsDone } from '../../tests/support/animations';

/**
 * What page stories wait for. Storybook calls a story "rendered" before lazy routes and queries
 * settle, so every play function waits for its final state; the a11y check and the snapshot then
 * see the real page.
 */
export async function pageHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}

/** The signed-in user is known: the shell has finished its own requests. */
export async function shellReady() {
  await waitFor(() =>
    expect(screen.getByRole('button', { name: /^(Signed in as|Connecté en tant que) [^…]/ })).toBeVisible(),
  );
}

/**
 * The button once it is enabled. Some start disabled while their form waits for data (agreement
 * metadata, a country's INN rules, the cart's checks) and then fade to their final colour, which the
 * story's settling waits out, so axe never measures them mid-fade. Found afresh on each try, in case
 * the button is rendered again meanwhile.
 */
export async function enabledButton(name: string | RegExp) {
  return waitFor(() => {
    const button = screen.getByRole('button', { name });
    expect(button).toBeEnabled();
    return button;
  });
}

/** The alert (of possibly several on the page) that says `text`. */
export async function alertWithText(text: string | RegExp) {
  return waitFor(
    () => {
      const match = screen
        .getAllByRole('alert')
        .find((alert) =>
          typeof text === 'string' ? alert.textContent?.includes(text) : text.test(alert.textContent ?? ''),
        );
      if (!match) throw new Error(`No alert says ${String(text)}`);
      return match;
    },
    { timeout: 15_000 },
  );
}

/**
 * The dialog, once its opening motion has ended: mid-fade, axe measures the text's contrast against a
 * half-transparent surface, and the picture catches the page before the dialog's scroll lock.
 */
export async function dialogNamed(name: string | RegExp, role: 'dialog' | 'alertdialog' = 'dialog') {
  const dialog = await screen.findByRole(role, { name });
  await finiteAnimationsDone();
  return dialog;
}

export { expect, screen, userEvent, waitFor, within };

/** A loading placeholder is showing (a skeleton, a spinner or the navigation progress bar). */
export async function stillLoading() {
  await waitFor(() =>
    expect(document.querySelector('.fui-Skeleton, .fui-Spinner, [role="progressbar"]')).not.toBeNull(),
  );
}

/** The renewals scan (home cards, renewals pages) has read every customer. */
export async function renewalsScanned() {
  await waitFor(
    () => {
      const scanning = /^(Scanning \d+ of|Lecture : \d+ sur|Loading the customer list)/;
      expect(screen.queryAllByText(scanning)).toHaveLength(0);
      expect(document.querySelector('[role="progressbar"]')).toBeNull();
    },
    { timeout: 30_000 },
  );
}

/** A page shown inside the customer workspace titles itself one level down (the workspace has the h1). */
export async function workspacePageHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 2, name });
}
