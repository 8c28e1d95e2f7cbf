import { announcementId, announcements } from '../data/announcements';

/**
 * Which announcements each partner user has opened, by user id. A user with no row yet starts
 * from `seededReadIds`: a partner who has used Partner Center for a while has read the older
 * months, so the demo opens with the recent ones unread.
 */
export type AnnouncementReads = Record<string, string[]>;

export const seededReadCutoff = '2020-10-01';

export function seededReadIds(): string[] {
  return announcements.filter((record) => record.date < seededReadCutoff).map(announcementId);
}

export function seedAnnouncementReads(): AnnouncementReads {
  return {};
}
