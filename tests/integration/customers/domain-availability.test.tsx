import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

/** Every domain-availability request the page sends. */
function recordDomainChecks() {
  const checks: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'HEAD' && pathname.startsWith('/v1/domains/')) checks.push(pathname);
  });
  return checks;
}

afterEach(() => server.events.removeAllListeners());

async function openForm() {
  const view = renderApp('/customers/new');
  await screen.findByRole('form', { name: 'New customer' });
  return view;
}

describe('domain availability on the new-customer page', () => {
  it('says a domain is taken or free only when asked, and forgets the answer once the domain changes', async () => {
    const checks = recordDomainChecks();
    const { user } = await openForm();
    const domain = screen.getByRole('textbox', { name: /^Domain/ });
    await user.type(domain, 'ContosoOutdoor');
    await user.tab();
    expect(checks).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Check availability' }));
    const status = await screen.findByText(
      'contosooutdoor.onmicrosoft.com is already in use: choose another domain.',
    );
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(checks).toEqual(['/v1/domains/contosooutdoor.onmicrosoft.com']);

    await user.type(domain, 'x');
    expect(screen.queryByText(/is already in use/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check availability' }));
    expect(await screen.findByText('contosooutdoorx.onmicrosoft.com is available.')).toBeInTheDocument();
  });

  it('checks nothing for a malformed domain: the field says what is wrong', async () => {
    const checks = recordDomainChecks();
    const { user } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /^Domain/ }), 'not a domain');
    await user.click(screen.getByRole('button', { name: 'Check availability' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Domain/ })).toHaveAccessibleDescription(
        /Use letters, digits and hyphens only/,
      ),
    );
    expect(checks).toEqual([]);
  });

  it('a check that fails says so and stops nothing', async () => {
    server.use(http.head('*/v1/domains/:domain', () => new HttpResponse(null, { status: 500 })));
    const { user } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /^Domain/ }), 'freshname');
    await user.click(screen.getByRole('button', { name: 'Check availability' }));
    expect(
      await screen.findByText('The domain could not be checked just now. You can still create the customer.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create customer' })).toBeEnabled();
  });

  it('in French', async () => {
    const { user } = renderApp('/customers/new', { language: 'fr' });
    await user.type(await screen.findByRole('textbox', { name: /^Domaine/ }), 'contosooutdoor');
    await user.click(screen.getByRole('button', { name: 'Vérifier la disponibilité' }));
    expect(
      await screen.findByText(
        'contosooutdoor.onmicrosoft.com est déjà utilisé : choisissez un autre domaine.',
      ),
    ).toBeInTheDocument();
  });
});
