import { configure, screen } from '@testing-library/react';
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
});
