import type { Announcement, AnnouncementBlockDto } from '@/lib/api-types/announcements';

/**
 * Search ignores case and accents, so "reference" finds "référence" and "ECRAN" finds "écran":
 * French readers often type without accents. Each character is folded on its own, which keeps a
 * one-to-one map back to the original text for highlighting.
 */
function fold(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

interface Folded {
  text: string;
  /** `starts[i]`: index in the original text of the character that produced folded char `i`. */
  starts: number[];
}

function foldWithMap(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i += 1) starts.push(index);
    folded += piece;
    index += char.length;
  }
  starts.push(index);
  return { text: folded, starts };
}

export function normalizeQuery(query: string): string {
  return [...query.trim().replace(/\s+/g, ' ')].map(fold).join('');
}

export interface Range {
  start: number;
  end: number;
}

/** Where `query` occurs in `text`, as ranges of the original text, in order and not overlapping. */
export function findMatches(text: string, query: string): Range[] {
  const needle = normalizeQuery(query);
  if (!needle) return [];
  const { text: haystack, starts } = foldWithMap(text);
  const ranges: Range[] = [];
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    const to = from + needle.length;
    ranges.push({ start: starts[from] ?? 0, end: starts[to] ?? text.length });
    from = haystack.indexOf(needle, to);
  }
  return ranges;
}

function blockTexts(block: AnnouncementBlockDto): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [block.caption, ...block.columns, ...block.rows.flat()];
  }
}

/** Everything a reader sees in an expanded entry besides its title. */
export function bodyTexts(entry: Announcement): string[] {
  return [
    entry.summary,
    entry.audience,
    ...entry.details.flatMap(blockTexts),
    ...entry.nextSteps.flatMap(blockTexts),
    ...entry.appLinks.map((link) => link.label),
  ];
}

export function matchesText(text: string, query: string): boolean {
  return findMatches(text, query).length > 0;
}

export interface EntryMatch {
  inTitle: boolean;
  /** Matches beyond the title and summary, which show only when the entry is expanded. */
  inHiddenBody: boolean;
}

export function matchEntry(entry: Announcement, query: string): EntryMatch | null {
  if (!normalizeQuery(query)) return { inTitle: false, inHiddenBody: false };
  const inTitle = matchesText(entry.title, query);
  const inSummary = matchesText(entry.summary, query);
  const inHiddenBody = bodyTexts(entry)
    .slice(1)
    .some((text) => matchesText(text, query));
  return inTitle || inSummary || inHiddenBody ? { inTitle, inHiddenBody } : null;
}

/** The category filter accepts a top-level category or a sub-topic id. */
export function inCategory(entry: Announcement, category: string): boolean {
  return !category || entry.category.id === category || entry.topics.some((topic) => topic.id === category);
}
