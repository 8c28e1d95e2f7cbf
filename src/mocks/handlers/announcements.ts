import type {
  Announcement,
  AnnouncementBlockDto,
  AnnouncementCategory,
  AnnouncementMonth,
  MarkAnnouncementsReadResponse,
} from '@/lib/api-types/announcements';
import {
  announcementCategories,
  announcementId,
  announcementMonth,
  announcements,
  announcementTopics,
} from '../data/announcements';
import type { AnnouncementBlock, AnnouncementRecord, Text } from '../data/announcements/types';
import { getDb } from '../db/database';
import { collection, pcError, readJsonBody, route } from '../http';
import { answerLanguage, type AnswerLanguage } from '../locale';

// A partner who has used Partner Center for a while has read the older months, so a user with no
// reads recorded yet starts with the recent ones unread.
const seededReadCutoff = '2020-10-01';

function seededReadIds(): string[] {
  return announcements.filter((record) => record.date < seededReadCutoff).map(announcementId);
}

const pick = (text: Text, lang: AnswerLanguage) => (typeof text === 'string' ? text : text[lang]);

function projectBlock(block: AnnouncementBlock, lang: AnswerLanguage): AnnouncementBlockDto {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { type: block.type, text: block.text[lang] };
    case 'list':
      return { type: 'list', ordered: block.ordered ?? false, items: block.items.map((i) => pick(i, lang)) };
    case 'table':
      return {
        type: 'table',
        caption: block.caption[lang],
        columns: block.columns.map((c) => pick(c, lang)),
        rows: block.rows.map((row) => row.map((cell) => pick(cell, lang))),
      };
  }
}

function topicLabel(id: string, lang: AnswerLanguage): string {
  return announcementTopics[id]?.[lang] ?? id;
}

function project(
  record: AnnouncementRecord,
  lang: AnswerLanguage,
  readIds: ReadonlySet<string>,
): Announcement {
  const id = announcementId(record);
  return {
    id,
    slug: record.slug,
    month: announcementMonth(record),
    date: record.date,
    title: record.title[lang],
    category: { id: record.category, label: announcementCategories[record.category][lang] },
    topics: record.topics.map((topic) => ({ id: topic, label: topicLabel(topic, lang) })),
    summary: record.summary[lang],
    audience: record.audience[lang],
    details: record.details.map((block) => projectBlock(block, lang)),
    nextSteps: record.nextSteps.map((block) => projectBlock(block, lang)),
    appLinks: record.appLinks.map((link) => ({ target: link.target, label: link.label[lang] })),
    isRead: readIds.has(id),
    attributes: { objectType: 'Announcement' },
  };
}

function readIdsOf(userId: string): string[] {
  return getDb().announcementReads[userId] ?? seededReadIds();
}

/** Newest first; entries of the same day keep the order the monthly page lists them in. */
function newestFirst(records: AnnouncementRecord[]): AnnouncementRecord[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.date.localeCompare(a.record.date) || a.index - b.index)
    .map(({ record }) => record);
}

function badQuery(field: string, message: string) {
  return pcError({
    status: 400,
    code: 800002,
    errorName: 'InvalidInput',
    description: message,
    data: [{ field, message }],
  });
}

export const announcementHandlers = [
  /**
   * Ours: the months that have announcements, newest first, with the caller's unread count for
   * each (the navigation badge adds them up).
   */
  route(
    'get',
    '/v1/announcements/months',
    ({ caller, url }) => {
      const readIds = new Set(readIdsOf(caller.id));
      const months = new Map<string, AnnouncementMonth>();
      for (const record of newestFirst(announcements)) {
        const id = announcementMonth(record);
        const month = months.get(id) ?? {
          id,
          year: Number(id.slice(0, 4)),
          month: Number(id.slice(5, 7)),
          count: 0,
          unreadCount: 0,
        };
        month.count += 1;
        if (!readIds.has(announcementId(record))) month.unreadCount += 1;
        months.set(id, month);
      }
      return Response.json(collection([...months.values()], url));
    },
    { action: 'announcements.read' },
  ),

  /** Ours: the labels of the categories and sub-topics, for the filter. */
  route(
    'get',
    '/v1/announcements/categories',
    ({ url, request }) => {
      const lang = answerLanguage(request, url);
      const items: AnnouncementCategory[] = [
        ...Object.entries(announcementCategories).map(([id, label]) => ({
          id,
          kind: 'category' as const,
          label: label[lang],
        })),
        ...Object.keys(announcementTopics)
          .map((id) => ({ id, kind: 'topic' as const, label: topicLabel(id, lang) }))
          .sort((a, b) => a.label.localeCompare(b.label, lang)),
      ];
      return Response.json(collection(items, url));
    },
    { action: 'announcements.read' },
  ),

  /**
   * Ours: one month of announcements (`year` and `month`), the newest month's (`newestMonth=true`,
   * for a page that opens on it without asking for the months first), or the latest ones across
   * months (none of those, `size` to limit), projected into `locale` (`en-US` or `fr-FR`).
   */
  route(
    'get',
    '/v1/announcements',
    ({ url, request, caller }) => {
      const lang = answerLanguage(request, url);
      const yearParam = url.searchParams.get('year');
      const monthParam = url.searchParams.get('month');
      const sizeParam = url.searchParams.get('size');
      const newestMonthParam = url.searchParams.get('newestMonth');
      if ((yearParam === null) !== (monthParam === null)) {
        return badQuery(yearParam === null ? 'year' : 'month', 'Give both year and month, or neither.');
      }
      if (newestMonthParam !== null && newestMonthParam !== 'true' && newestMonthParam !== 'false') {
        return badQuery('newestMonth', 'newestMonth is true or false.');
      }
      const newestMonth = newestMonthParam === 'true';
      if (newestMonth && yearParam !== null) {
        return badQuery('newestMonth', 'Give newestMonth, or year and month, not both.');
      }
      let records = newestFirst(announcements);
      if (newestMonth && records[0]) {
        const newestMonthId = announcementMonth(records[0]);
        records = records.filter((record) => announcementMonth(record) === newestMonthId);
      }
      if (yearParam !== null && monthParam !== null) {
        const year = Number(yearParam);
        const month = Number(monthParam);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) {
          return badQuery('year', `The year ${yearParam} is not valid.`);
        }
        if (!Number.isInteger(month) || month < 1 || month > 12) {
          return badQuery('month', `The month ${monthParam} is not valid: use 1 to 12.`);
        }
        const id = `${year}-${String(month).padStart(2, '0')}`;
        records = records.filter((record) => announcementMonth(record) === id);
      }
      const total = records.length;
      if (sizeParam !== null) {
        const size = Number(sizeParam);
        if (!Number.isInteger(size) || size < 1) return badQuery('size', 'size must be a positive integer.');
        records = records.slice(0, size);
      }
      const readIds = new Set(readIdsOf(caller.id));
      return Response.json(
        collection(
          records.map((record) => project(record, lang, readIds)),
          url,
          total,
        ),
      );
    },
    { action: 'announcements.read' },
  ),

  /** Ours: marks entries read for the caller (`ids`), or every entry (`all: true`). */
  route(
    'post',
    '/v1/announcements/reads',
    async ({ request, caller }) => {
      const body = (await readJsonBody(request)) as { ids?: unknown; all?: unknown } | undefined;
      const knownIds = new Set(announcements.map(announcementId));
      let newlyRead: string[];
      if (body?.all === true) {
        newlyRead = [...knownIds];
      } else if (Array.isArray(body?.ids) && body.ids.length > 0) {
        const unknown = body.ids.filter((id) => typeof id !== 'string' || !knownIds.has(id));
        if (unknown.length > 0) {
          return badQuery('ids', `Unknown announcement ids: ${unknown.map(String).join(', ')}.`);
        }
        newlyRead = body.ids as string[];
      } else {
        return badQuery('ids', 'Give the ids of the announcements to mark read, or all: true.');
      }
      const reads = new Set([...readIdsOf(caller.id), ...newlyRead]);
      getDb().announcementReads[caller.id] = [...reads];
      const response: MarkAnnouncementsReadResponse = {
        unreadCount: [...knownIds].filter((id) => !reads.has(id)).length,
      };
      return Response.json(response);
    },
    { action: 'announcements.read' },
  ),
];
