import { expect } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, createApp } from '@/app/app';
import type { SupportedLanguage } from '@/lib/locale';

export interface RenderAppOptions {
  /** Demo user to sign in as (defaults to the Global admin). */
  userId?: string;
  language?: SupportedLanguage;
}

/**
 * Renders the real app (routes, providers, shell) at a URL, against the MSW node server, with the
 * same `createApp` set-up as the browser entry and the workshop. Nothing of ours is mocked: only
 * the network is.
 */
export function renderApp(url = '/', options: RenderAppOptions = {}) {
  const app = createApp({
    url,
    language: options.language ?? 'en',
    backoffBaseMs: 1,
    ...(options.userId ? { userId: options.userId } : {}),
  });
  const user = userEvent.setup();
  const view = render(<App {...app} />);
  return { ...view, user, ...app };
}

/** Waits until the shell has rendered and its signed-in user is known. */
export async function waitForShell() {
  await waitFor(() => expect(screen.getByRole('button', { name: /^Signed in as [^…]/ })).toBeInTheDocument());
}
