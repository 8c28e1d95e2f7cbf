import { screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { getDb } from '@/mocks/db/database';
import { setFaults } from '@/mocks/faults';
import { renderApp } from '../../setup/render-app';

function figureOf(heading: string) {
  const card = screen.getByRole('heading', { name: heading }).closest('.fui-Card');
  return within(card as HTMLElement).getByText(/^\d[\d,]*$/).textContent;
}

describe('home figures', () => {
  it('shows the counts, asked for together rather than one after the other', async () => {
    const { server } = await import('@/mocks/node');
    const events: string[] = [];
    const counted = (url: URL) => url.searchParams.get('size') === '1';
    const onStart = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (counted(url)) events.push(`start ${url.pathname}`);
    };
    const onEnd = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (counted(url)) events.push(`end ${url.pathname}`);
    };
    server.events.on('request:start', onStart);
    server.events.on('response:mocked', onEnd);
    onTestFinished(() => {
      server.events.removeListener('request:start', onStart);
      server.events.removeListener('response:mocked', onEnd);
    });
    // Slow answers: one after the other would show as start, end, start, end.
    setFaults({ extraLatencyMs: 400 });

    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Users in your organization' })).toBeInTheDocument();
    expect(figureOf('Customers')).toBe(String(getDb().customers.length));
    expect(figureOf('Users in your organization')).toBe(String(getDb().partnerUsers.length));
    expect(figureOf('Customers missing screening info')).toMatch(/^\d+$/);

    const starts = events.filter((event) => event.startsWith('start'));
    expect(starts).toHaveLength(3);
    const firstEnd = events.findIndex((event) => event.startsWith('end'));
    expect(firstEnd).toBe(3);
  });
});
