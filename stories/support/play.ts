import { expect, screen, waitFor, within } from 'storybook/test';

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

export async function alertWithText(text: string | RegExp) {
  const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
  await waitFor(() => expect(alert).toHaveTextContent(text));
  return alert;
}

export async function dialogNamed(name: string | RegExp, role: 'dialog' | 'alertdialog' = 'dialog') {
  return screen.findByRole(role, { name });
}

export { expect, screen, waitFor, within };
