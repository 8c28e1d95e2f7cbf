import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from '@/features/announcements/search';

const marked = (text: string, query: string) =>
  findMatches(text, query)
    .map(({ start, end }) => text.slice(start, end))
    .join('|');

describe('announcement search', () => {
  it('ignores case and accents, and maps matches back to the original text', () => {
    expect(marked('Filtrage renforcé des clients', 'RENFORCE')).toBe('renforcé');
    expect(marked('Équipe et équipes', 'equipe')).toBe('Équipe|équipe');
    expect(marked('Préparation de l’offre', 'prepa')).toBe('Prépa');
  });

  it('finds every non-overlapping occurrence and treats blank queries as no search', () => {
    expect(marked('aaaa', 'aa')).toBe('aa|aa');
    expect(findMatches('anything', '   ')).toEqual([]);
    expect(marked('Business Voice', ' business voice ')).toBe('Business Voice');
  });

  it('every range lies inside the text, in order, and folds to the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 3 }), (text, query) => {
        let previousEnd = 0;
        for (const { start, end } of findMatches(text, query)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previousEnd = end;
        }
      }),
    );
  });
});
