/** The announcements feature's public entry: what the shell and other features may use. */
export { UnreadCountBadge } from './components/unread-count-badge';
export { LatestAnnouncementsCard } from './components/latest-announcements-card';
export { prefetchLatestAnnouncements } from './prefetch';
