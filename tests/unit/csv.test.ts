import { describe, expect, it } from 'vitest';
import { isoDate } from '@/lib/csv';
import { parseCsv, toCsv } from '@/lib/csv-text';

interface Person {
  name: string;
  note: string;
  since: string;
}

const columns = [
  { header: 'Name', value: (row: Person) => row.name },
  { header: 'Note', value: (row: Person) => row.note },
  { header: 'Since', value: (row: Person) => isoDate(row.since) },
];

describe('CSV', () => {
  it('starts with a BOM and quotes commas, quotes and line breaks so they survive a round trip', () => {
    const people: Person[] = [
      { name: 'Дмитрий Иванов', note: 'Almaty, "HQ"', since: '2020-11-03T00:00:00Z' },
      { name: 'Zoë Ångström', note: 'two\nlines', since: '2021-01-31T12:30:00Z' },
    ];
    const csv = toCsv(columns, people);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"Almaty, ""HQ"""');
    const { rows, errors } = parseCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { Name: 'Дмитрий Иванов', Note: 'Almaty, "HQ"', Since: '2020-11-03T00:00:00.000Z' },
      { Name: 'Zoë Ångström', Note: 'two\nlines', Since: '2021-01-31T12:30:00.000Z' },
    ]);
  });

  it('writes an empty cell for a missing value and for an invalid date', () => {
    const csv = toCsv(columns, [{ name: 'A', note: '', since: 'not a date' }]);
    expect(parseCsv(csv).rows).toEqual([{ Name: 'A', Note: '', Since: '' }]);
  });
});
