/**
 * Wire shapes of the announcements endpoints. They are ours: Partner Center publishes its monthly
 * announcements as documentation pages, not through its REST API. The mock projects one locale
 * out of its bilingual records, so every string here is already in the requested language.
 */

export type AnnouncementCategoryId = 'capabilities' | 'offers-markets';

/**
 * Semantic destinations inside the app. The content names what it points at; the announcements
 * feature decides which route that is, so the data never hard-codes URLs of pages it does not own.
 */
export type AppLinkTarget =
  | 'customers.missingScreening'
  | 'settings.account'
  | 'catalog.teamsRoomsPremium'
  | 'catalog.advancedCommunications'
  | 'catalog.businessVoice'
  | 'catalog.saasMetered'
  | 'catalog.dynamicsProjectOperations'
  | 'catalog.office365E1'
  | 'devtools.throttling';

export type AnnouncementBlockDto =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] };

export interface AnnouncementTag<Id extends string = string> {
  id: Id;
  label: string;
}

export interface Announcement {
  /** `YYYY-MM/slug`: unique across months. */
  id: string;
  slug: string;
  /** `YYYY-MM`, the month the entry belongs to (its permalink's first segment). */
  month: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  title: string;
  category: AnnouncementTag<AnnouncementCategoryId>;
  topics: AnnouncementTag[];
  summary: string;
  audience: string;
  details: AnnouncementBlockDto[];
  nextSteps: AnnouncementBlockDto[];
  appLinks: { target: AppLinkTarget; label: string }[];
  /** Whether the calling user has opened it. */
  isRead: boolean;
  attributes: { objectType: 'Announcement' };
}

/** One month of the feed, for the month navigation and the unread badge. */
export interface AnnouncementMonth {
  /** `YYYY-MM`. */
  id: string;
  year: number;
  month: number;
  count: number;
  unreadCount: number;
}

/** The labels of the categories and sub-topics, in the requested locale. */
export interface AnnouncementCategory {
  id: string;
  kind: 'category' | 'topic';
  label: string;
}

/** `POST /v1/announcements/reads`: mark some entries (or every entry) read for the caller. */
export interface MarkAnnouncementsReadRequest {
  ids?: string[];
  all?: boolean;
}

export interface MarkAnnouncementsReadResponse {
  unreadCount: number;
}

/** Ours: which rule decides who an announcement affects. */
export type ImpactRuleId =
  'screening' | 'euEftaCurrency' | 'promotion' | 'mcaDuplicates' | 'educationValidation' | 'businessVoice';

export type ImpactReason =
  | { code: 'missingInn' | 'missingPhone'; params: { country: string } }
  | { code: 'euEftaNewCommerce'; params: { country: string; count: number } }
  | {
      code: 'promotionNewToCloud' | 'promotionNoRecentVoice';
      params: { promotion: string; country: string; endDate: string };
    }
  | { code: 'mcaMissing'; params?: undefined }
  | { code: 'mcaDuplicate'; params: { count: number } }
  | { code: 'educationPending'; params: { since: string } }
  | { code: 'businessVoiceBase'; params: { base: string; users: number } };

export interface ImpactedCustomer {
  customerId: string;
  companyName: string;
  country: string;
  /** Why this customer is concerned; a customer eligible for two promotions has two. */
  reasons: ImpactReason[];
}

/**
 * Ours: `GET /v1/announcements/{month}/{slug}/impact`, computed from live data when asked.
 * `rule` is null (and `items` empty) for entries that concern no customer.
 */
export interface AnnouncementImpact {
  announcementId: string;
  rule: ImpactRuleId | null;
  /** For the screening rule: the countries the entry names, so its work-list link shows the same customers. */
  countries?: string[];
  totalCount: number;
  items: ImpactedCustomer[];
  attributes: { objectType: 'AnnouncementImpact' };
}
