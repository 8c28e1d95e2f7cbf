import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from '../catalog/layout-stubs';

stubLayout();
configure({ asyncUtilTimeout: 60_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

describe('renewals scan', { timeout: 120_000 }, () => {
  it('speaks French, with plural counts', async () => {
    renderApp('/renewals?days=30', { language: 'fr' });
    expect(await screen.findByText(/^\d+ clients lus\.$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Renouvellements', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/^\d+ abonnements?$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeInTheDocument();
  });

  it('previews and applies a bulk coterm in French, with French dates and per-row results', async () => {
    const { user } = renderApp('/renewals/alignment', { language: 'fr' });
    expect(await screen.findByText(/^\d+ clients lus\.$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Alignement des extensions', level: 1 })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Extensions non alignées' });
    const alster = within(table).getByRole('row', { name: /Alster Logistik AG/ });
    expect(alster).toHaveTextContent('Se termine après sa base');
    expect(
      within(table).getByRole('columnheader', { name: 'Ce que l’Espace partenaires permet' }),
    ).toBeInTheDocument();
    await user.click(
      within(alster).getByRole('checkbox', {
        name: 'Sélectionner Teams Phone Standard du client Alster Logistik AG',
      }),
    );
    expect(screen.getByText('1 ligne sélectionnée')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aperçu' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Aperçu : Planifier la coterminaison au renouvellement',
    });
    expect(dialog).toHaveTextContent('Rien n’a encore été envoyé.');
    await within(dialog).findByText(/^Teams Phone Standard \(Alster Logistik AG\) : .* → 24\/01\/2028$/);
    await user.click(within(dialog).getByRole('button', { name: 'Appliquer à 1 abonnement' }));
    await within(dialog).findByText('Teams Phone Standard (Alster Logistik AG) : fait.');
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Extensions non alignées' })).getByRole('row', {
          name: /Alster/,
        }),
      ).toHaveTextContent('Coterminaison planifiée : le prochain terme se termine le 24/01/2028.'),
    );
  });
});
