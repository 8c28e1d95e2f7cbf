import { earlier2020 } from './earlier-2020';
import { november2020 } from './november-2020';
import type { AnnouncementRecord } from './types';

export { announcementCategories, announcementTopics } from './topics';
export { earlier2020 } from './earlier-2020';
export { november2020 } from './november-2020';

/** Every announcement, newest first. */
export const announcements: AnnouncementRecord[] = [...november2020, ...earlier2020];
