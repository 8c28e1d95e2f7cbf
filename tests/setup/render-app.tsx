import { expect } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '@/app/i18n';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/routes';
import { createQueryClient } from '@/lib/query-client';
import { signInAs } from '@/lib/session';
import type { SupportedLanguage } from '@/lib/locale';

export interface RenderAppOptions {
  /** Demo user to sign in as (defaults to the Global admin). */
  userId?: string;
  language?: SupportedLanguage;
}

/**
 * Renders the real app (routes, providers, shell) at a URL, against the MSW node server. Nothing
 * of ours is mocked: only the network is.
 */
export function renderApp(url = '/', options: RenderAppOptions = {}) {
  if (options.userId) signInAs(options.userId);
  const queryClient = createQueryClient({ backoffBaseMs: 1 });
  const i18n = createI18n(options.language ?? 'en');
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient, i18n };
}

/** Waits until the shell has rendered and its signed-in user is known. */
export async function waitForShell() {
  await waitFor(() => expect(screen.getByRole('button', { name: /^Signed in as [^…]/ })).toBeInTheDocument());
}
