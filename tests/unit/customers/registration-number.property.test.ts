import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { registrationNumberIssue } from '@/features/customers/rules';
import { api } from '@/lib/api-client';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';

/**
 * The validator exactly as the form uses it: `registrationNumberIssue(value, rules)` with the rules
 * the API serves. The expected lengths are written out HERE, from the November 2020 announcement,
 * not read from the app's table: a wrong row in the table fails this test.
 */
const announcedLengths: Record<string, number[]> = {
  AM: [8, 10],
  AZ: [7, 10],
  BY: [9],
  HU: [10, 11],
  KZ: [12],
  KG: [14],
  MD: [6, 7, 8, 13],
  RU: [9, 10, 12],
  TJ: [9, 10, 12],
  UZ: [9],
  UA: [8, 10, 12],
};
const added2021 = ['TH', 'VN', 'TR', 'PL', 'ZA', 'IN', 'BR', 'IQ', 'MM', 'SS', 'SA', 'AE', 'VE'];
const screened = new Set([...Object.keys(announcedLengths), ...added2021]);

const served = new Map<string, CountryValidationRules>();
const fetchRules = (iso2: string) => api.get<CountryValidationRules>(`/v1/countryvalidationrules/${iso2}`);

beforeAll(async () => {
  for (const iso2 of [...Object.keys(announcedLengths), ...added2021])
    served.set(iso2, await fetchRules(iso2));
});

const rulesFor = (iso2: string) => {
  const rules = served.get(iso2);
  if (!rules) throw new Error(`no rules for ${iso2}`);
  return rules;
};

const digitString = (length: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** Hyphens, spaces, punctuation, and non-ASCII characters (letters and digits of other scripts). */
const forbiddenChar = fc.oneof(
  fc.constantFrom('-', ' ', '\t', '.', ',', '/', '_', '+', '(', ')', '#', '№', '–', '\u00a0'),
  fc.constantFrom('٣', '５', 'Б', 'И', 'ö', 'ş', 'ə', 'ք', 'Ⅻ'),
  fc.integer({ min: 0x80, max: 0xffff }).map((code) => String.fromCharCode(code)),
);

describe('Organization INN validator (rules served by the API)', () => {
  const countries = Object.keys(announcedLengths);

  it.each(countries)(
    '%s: a digit string of 1-20 digits is valid exactly when its count is announced',
    (iso2) => {
      const rules = rulesFor(iso2);
      const allowed = announcedLengths[iso2] ?? [];
      for (let count = 1; count <= 20; count += 1) {
        fc.assert(
          fc.property(digitString(count), (value) => {
            const issue = registrationNumberIssue(value, rules);
            if (allowed.includes(count)) expect(issue).toBeNull();
            else expect(issue).toEqual({ kind: 'length', lengths: allowed, actual: count });
          }),
          { numRuns: 20 },
        );
      }
    },
  );

  it('rejects any hyphen, space, punctuation or non-ASCII character, even at an allowed length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countries, ...added2021),
        fc.nat(),
        fc.nat(),
        forbiddenChar,
        (iso2, lengthPick, positionPick, bad) => {
          const lengths = announcedLengths[iso2] ?? [8];
          const length = lengths[lengthPick % lengths.length] ?? 8;
          const valid = '1234567890123456789'.slice(0, length - 1);
          const position = positionPick % (valid.length + 1);
          const value = valid.slice(0, position) + bad + valid.slice(position);
          const issue = registrationNumberIssue(value, rulesFor(iso2));
          expect(issue?.kind).toBe(announcedLengths[iso2] ? 'digitsOnly' : 'alphanumericOnly');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the 2021 countries require a value and accept any ASCII letters and digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...added2021),
        fc.array(fc.constantFrom(...'ABCXYZabcxyz0123456789'), { minLength: 1, maxLength: 30 }),
        (iso2, chars) => {
          expect(registrationNumberIssue('', rulesFor(iso2))).toEqual({ kind: 'required' });
          expect(registrationNumberIssue(chars.join(''), rulesFor(iso2))).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('countries outside the list never require it and never refuse a value', async () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    await fc.assert(
      fc.asyncProperty(
        fc
          .tuple(fc.constantFrom(...letters), fc.constantFrom(...letters))
          .map(([a, b]) => a + b)
          .filter((iso2) => !screened.has(iso2)),
        fc.string({ maxLength: 20 }),
        async (iso2, value) => {
          const rules = await fetchRules(iso2);
          expect(rules.customerOrganizationRegistrationNumberRequired).toBe(false);
          expect(registrationNumberIssue('', rules)).toBeNull();
          expect(registrationNumberIssue(value, rules)).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});
