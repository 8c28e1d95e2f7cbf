import { describe, expect, it } from 'vitest';
import { announcementId, announcements, announcementTopics, november2020 } from '@/mocks/data/announcements';
import type { AnnouncementBlock } from '@/mocks/data/announcements/types';

const blocks = (): AnnouncementBlock[] => announcements.flatMap((r) => [...r.details, ...r.nextSteps]);

describe('announcement records', () => {
  it('hold all 14 November 2020 entries and at least one entry for every month from April to October', () => {
    expect(november2020).toHaveLength(14);
    expect(november2020.every((r) => r.date.startsWith('2020-11-'))).toBe(true);
    const months = new Set(announcements.map((r) => r.date.slice(0, 7)));
    for (const month of ['04', '05', '06', '07', '08', '09', '10']) expect(months).toContain(`2020-${month}`);
  });

  it('have unique ids, kebab-case slugs, valid dates and labelled topics', () => {
    const ids = announcements.map(announcementId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of announcements) {
      expect(record.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Number.isNaN(Date.parse(record.date))).toBe(false);
      for (const topic of record.topics) expect(announcementTopics, topic).toHaveProperty(topic);
    }
  });

  it('have tables whose rows all have as many cells as there are columns', () => {
    for (const block of blocks()) {
      if (block.type !== 'table') continue;
      for (const row of block.rows) expect(row, block.caption.en).toHaveLength(block.columns.length);
    }
  });

  it('have text in both languages everywhere', () => {
    const localized = (value: unknown): boolean =>
      typeof value === 'string'
        ? value.trim().length > 0
        : typeof value === 'object' && value !== null && 'en' in value && 'fr' in value
          ? Boolean((value as { en: string }).en.trim() && (value as { fr: string }).fr.trim())
          : false;
    for (const record of announcements) {
      for (const text of [
        record.title,
        record.summary,
        record.audience,
        ...record.appLinks.map((l) => l.label),
      ]) {
        expect(localized(text), `${record.slug}`).toBe(true);
      }
    }
  });
});
