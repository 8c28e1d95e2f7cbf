import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@/mocks/faults';
import { renderApp, waitForShell } from '../setup/render-app';

describe('app shell', () => {
  it('shows Home with counts that come from the API', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(await screen.findByText('40')).toBeInTheDocument();
    expect(await screen.findByText('318')).toBeInTheDocument();
  });

  it('navigates between every section from the left navigation', async () => {
    const { user, router } = renderApp('/');
    await waitForShell();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const targets: [string, string][] = [
      ['Customers', '/customers'],
      ['Catalog', '/catalog'],
      ['Announcements', '/announcements'],
      ['Account settings', '/settings/account'],
      ['Home', '/'],
    ];
    for (const [name, path] of targets) {
      await user.click(within(nav).getByRole('link', { name }));
      await waitFor(() => expect(router.state.location.pathname.startsWith(path)).toBe(true));
      await waitFor(() =>
        expect(within(nav).getByRole('link', { name })).toHaveAttribute('aria-current', 'page'),
      );
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    }
  });

  it('opens Account settings from the Settings (gear) menu', async () => {
    const { user, router } = renderApp('/');
    await waitForShell();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Account settings' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/settings\/account/));
  });

  it('answers an unknown URL with a real 404 page inside the shell', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/no\/such\/page/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Home' })).toHaveAttribute('href', '/');
  });

  it('shows an error page with a working retry when a page fails to load', async () => {
    setFaults({ serverErrors: true });
    const { user } = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('An unexpected error occurred in the service');
    expect(screen.getByRole('alert')).not.toHaveTextContent('[object Object]');

    setFaults({ serverErrors: false });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(await screen.findByText('40')).toBeInTheDocument();
  });

  it('switches the demo user from the user menu, and the API sees the new caller', async () => {
    const { user } = renderApp('/');
    const menuButton = await screen.findByRole('button', { name: 'Signed in as Ana Ruiz, Global admin' });
    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitemradio', { name: /Devon Lee/ }));
    expect(
      await screen.findByRole('button', { name: 'Signed in as Devon Lee, Sales agent' }),
    ).toBeInTheDocument();
    expect(localStorage.getItem('pd.session.userId')).toBe('user-devon-sales-agent');

    // Finn holds developer roles only: the customer figure disappears, as the API would refuse it.
    await user.click(screen.getByRole('button', { name: /^Signed in as Devon Lee/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: /Finn Okafor/ }));
    expect(
      await screen.findByRole('button', { name: 'Signed in as Finn Okafor, Developer' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Users in your organization' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Customers' })).not.toBeInTheDocument();
  });

  it('switches the UI to French and back, and sets the document language', async () => {
    const { user } = renderApp('/');
    await waitForShell();
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accueil' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Principale' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem('pd.language')).toBe('fr');
  });

  it('loads a header menu on first use and opens it from the keyboard', async () => {
    const { user } = renderApp('/');
    await waitForShell();
    const trigger = screen.getByRole('button', { name: 'Theme: Follow the system' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    trigger.focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent)).toEqual([
      'Follow the system',
      'Light',
      'Dark',
      'High contrast',
    ]);
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    expect(await screen.findByRole('button', { name: 'Theme: Dark' })).toBeInTheDocument();
    // The dark themes' chunk loads on this first use; the page keeps the light theme until then.
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('offers the activity log in the navigation only to roles that may read it', async () => {
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Activity log' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Signed in as Ana Ruiz, Global admin' }));
    await user.click(await screen.findByRole('menuitemradio', { name: /Devon Lee/ }));
    expect(
      await screen.findByRole('button', { name: 'Signed in as Devon Lee, Sales agent' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(nav).queryByRole('link', { name: 'Activity log' })).not.toBeInTheDocument(),
    );
    expect(within(nav).getByRole('link', { name: 'Customers' })).toBeInTheDocument();
  });
});
