import { earlier2020 } from './earlier-2020';
import { november2020 } from './november-2020';
import type { AnnouncementRecord } from './types';

export { announcementCategories, announcementTopics } from './topics';
export { earlier2020 } from './earlier-2020';
export { november2020 } from './november-2020';

/** Every announcement, newest first. */
export const announcements: AnnouncementRecord[] = [...november2020, ...earlier2020];

/** `YYYY-MM`, the month segment of an entry's permalink. */
export function announcementMonth(record: AnnouncementRecord): string {
  return record.date.slice(0, 7);
}

/** Unique across months: the slug is only unique within its month. */
export function announcementId(record: AnnouncementRecord): string {
  return `${announcementMonth(record)}/${record.slug}`;
}
