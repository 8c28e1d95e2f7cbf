import type { Announcement } from '@/lib/api-types/announcements';

export function permalinkPath(entry: Pick<Announcement, 'month' | 'slug'>): string {
  return `/announcements/${entry.month}/${entry.slug}`;
}
