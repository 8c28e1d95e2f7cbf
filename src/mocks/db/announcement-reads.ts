/**
 * Which announcements each partner user has opened, by user id. A user with no row yet starts
 * from the announcements handler's `seededReadIds` (kept there so the database does not load the
 * announcement texts).
 */
export type AnnouncementReads = Record<string, string[]>;

export function seedAnnouncementReads(): AnnouncementReads {
  return {};
}
