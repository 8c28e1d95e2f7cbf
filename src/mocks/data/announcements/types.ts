import type { AnnouncementCategoryId, AppLinkTarget } from '@/lib/api-types/announcements';
import type { Localized } from '../../locale';

/**
 * Announcements are stored once with both languages side by side, so a fact (a date, an offer id,
 * a price) can never drift between the English and the French text. The mock API projects one
 * locale out of this shape when it answers `GET /v1/announcements`.
 */
export type { Localized };

/** A table cell or list item that reads the same in both languages (an id, a price, a code). */
export type Text = string | Localized;

export type AnnouncementCategory = AnnouncementCategoryId;

export type { AppLinkTarget } from '@/lib/api-types/announcements';

export type AnnouncementBlock =
  | { type: 'heading'; text: Localized }
  | { type: 'paragraph'; text: Localized }
  | { type: 'list'; ordered?: boolean; items: Text[] }
  | {
      type: 'table';
      caption: Localized;
      columns: Text[];
      /** Every row has exactly `columns.length` cells. */
      rows: Text[][];
    };

export interface AppLink {
  target: AppLinkTarget;
  label: Localized;
}

export interface AnnouncementRecord {
  /** URL-safe, unique within its month, English-derived, e.g. `unified-account-management`. */
  slug: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  title: Localized;
  category: AnnouncementCategory;
  /** Sub-topic ids, kebab-case, e.g. `enhanced-customer-screening`, `drive-efficiency-scale`. */
  topics: string[];
  summary: Localized;
  audience: Localized;
  details: AnnouncementBlock[];
  nextSteps: AnnouncementBlock[];
  appLinks: AppLink[];
}
