import { configure, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { setFaults } from '@/mocks/faults';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from '../catalog/layout-stubs';

stubLayout();
configure({ asyncUtilTimeout: 60_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

describe('renewals scan', { timeout: 120_000 }, () => {
  it('pauses on 429, says so, resumes by itself and completes', async () => {
    setFaults({ throttling: true, retryAfterSeconds: 1 });
    renderApp('/renewals?days=60');
    expect(await screen.findByText(/paused, resuming in \d+ seconds?\./)).toBeInTheDocument();
    expect(await screen.findByText(/^Scanned \d+ customers\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/paused, resuming/)).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Upcoming renewals' });
    expect(table).toHaveTextContent('Alster Logistik AG');
    expect(table).toHaveTextContent('Lumiere Conseil');
  });

  it('speaks French, with plural counts', async () => {
    renderApp('/renewals?days=30', { language: 'fr' });
    expect(await screen.findByText(/^\d+ clients lus\.$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Renouvellements', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/^\d+ abonnements?$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeInTheDocument();
  });
});
