import { describe, expect, it } from 'vitest';
import { sortRenewals, type RenewalRow } from '@/features/renewals/model';

const row = (id: string, currency: string | undefined, nextTermPrice: number | undefined) =>
  ({ id, currency, nextTermPrice }) as RenewalRow;

describe('renewals sorted by next-term price', () => {
  const rows = [
    row('usd-high', 'USD', 900),
    row('eur-low', 'EUR', 10),
    row('unpriced', undefined, undefined),
    row('usd-low', 'USD', 20),
    row('eur-high', 'EUR', 5000),
  ];

  it('keeps each currency together and compares amounts only within it', () => {
    expect(sortRenewals(rows, 'price', false).map((r) => r.id)).toEqual([
      'eur-low',
      'eur-high',
      'usd-low',
      'usd-high',
      'unpriced',
    ]);
  });

  it('reverses the priced rows when descending; a row without a price still comes last', () => {
    expect(sortRenewals(rows, 'price', true).map((r) => r.id)).toEqual([
      'usd-high',
      'usd-low',
      'eur-high',
      'eur-low',
      'unpriced',
    ]);
  });
});
