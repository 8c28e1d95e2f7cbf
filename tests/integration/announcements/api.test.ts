import { describe, expect, it } from 'vitest';
import { api, type Collection } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { Announcement, AnnouncementMonth } from '@/lib/api-types/announcements';
import { signInAs } from '@/lib/session';
import { announcements, november2020 } from '@/mocks/data/announcements';

const getMonth = (month: number, locale: string) =>
  api.get<Collection<Announcement>>('/v1/announcements', { query: { year: 2020, month, locale } });
const unreadTotal = async () =>
  (await api.get<Collection<AnnouncementMonth>>('/v1/announcements/months')).items.reduce(
    (sum, m) => sum + m.unreadCount,
    0,
  );

describe('announcements API (ours)', () => {
  it('projects one month into the requested locale, newest first, with every block in that language', async () => {
    const [en, fr] = await Promise.all([getMonth(11, 'en-US'), getMonth(11, 'fr-FR')]);
    expect(en.totalCount).toBe(november2020.length);
    expect(en.items.map((a) => a.date)).toEqual([...en.items.map((a) => a.date)].sort().reverse());
    const screening = november2020.find((r) => r.slug === 'enhanced-customer-screening')!;
    const enEntry = en.items.find((a) => a.slug === screening.slug)!;
    const frEntry = fr.items.find((a) => a.slug === screening.slug)!;
    expect(enEntry).toMatchObject({
      id: '2020-11/enhanced-customer-screening',
      month: '2020-11',
      title: screening.title.en,
    });
    expect(frEntry.title).toBe(screening.title.fr);
    expect(frEntry.category).toEqual({ id: 'capabilities', label: 'Fonctionnalités' });
    expect(frEntry.topics.map((t) => t.label)).toContain('Filtrage renforcé des clients');
    const table = frEntry.details.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.columns[0]).toBe('Pays ou région');
    expect(frEntry.appLinks).toEqual([
      { target: 'customers.missingScreening', label: screening.appLinks[0]!.label.fr },
    ]);
  });

  it('lists the months newest first with counts, and the latest entries across months', async () => {
    const months = await api.get<Collection<AnnouncementMonth>>('/v1/announcements/months');
    expect(months.items.map((m) => m.id)).toEqual([
      '2020-11',
      '2020-10',
      '2020-09',
      '2020-08',
      '2020-07',
      '2020-06',
      '2020-05',
      '2020-04',
    ]);
    expect(months.items.reduce((sum, m) => sum + m.count, 0)).toBe(announcements.length);
    const latest = await api.get<Collection<Announcement>>('/v1/announcements', { query: { size: 2 } });
    expect(latest.items).toHaveLength(2);
    expect(latest.totalCount).toBe(announcements.length);
  });

  it('answers the newest month’s entries without being told the month, and refuses both at once', async () => {
    const newest = await api.get<Collection<Announcement>>('/v1/announcements', {
      query: { newestMonth: true, locale: 'fr-FR' },
    });
    const november = await getMonth(11, 'fr-FR');
    expect(newest.items).toEqual(november.items);
    expect(newest.totalCount).toBe(november.totalCount);
    const error = await api
      .get('/v1/announcements', { query: { newestMonth: true, year: 2020, month: 10 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });

  it('refuses a bad month with a field-level 400', async () => {
    const error = await getMonth(13, 'en-US').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors()).toEqual([expect.objectContaining({ field: 'month' })]);
    const half = await api
      .get('/v1/announcements', { query: { year: 2020 } })
      .catch((e: unknown) => e as ApiError);
    expect((half as ApiError).status).toBe(400);
  });

  it('marks entries read per caller, refuses unknown ids, and marks everything read with all: true', async () => {
    signInAs('user-ana-global-admin');
    const before = await unreadTotal();
    await api.post('/v1/announcements/reads', { ids: ['2020-11/api-throttling'] });
    expect(await unreadTotal()).toBe(before - 1);
    // Reading twice changes nothing.
    expect(await api.post('/v1/announcements/reads', { ids: ['2020-11/api-throttling'] })).toEqual({
      unreadCount: before - 1,
    });

    const unknown = await api
      .post('/v1/announcements/reads', { ids: ['2020-11/nope'] })
      .catch((e: unknown) => e as ApiError);
    expect((unknown as ApiError).status).toBe(400);
    expect((unknown as ApiError).fieldErrors()).toEqual([
      expect.objectContaining({ field: 'ids', message: expect.stringContaining('2020-11/nope') }),
    ]);

    signInAs('user-ben-account-admin');
    expect(await unreadTotal()).toBe(before);
    expect(await api.post('/v1/announcements/reads', { all: true })).toEqual({ unreadCount: 0 });
    expect(await unreadTotal()).toBe(0);
  });
});
