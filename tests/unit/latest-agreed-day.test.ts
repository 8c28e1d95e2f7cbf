import { describe, expect, it } from 'vitest';
import { agreementFormSchema, latestAgreedDay } from '@/lib/compliance-rules';

const honolulu = -10 * 60;
const tokyo = 9 * 60;

describe('the latest day a customer may have agreed', () => {
  it('is the person’s own today when UTC is already tomorrow for them (west, in the evening)', () => {
    // 22:00 on Dec 5 in Honolulu.
    expect(latestAgreedDay(new Date('2026-12-06T08:00:00Z'), honolulu)).toBe('2026-12-05');
  });

  it('is the UTC day when the person’s day is one Partner Center would call the future (east, early)', () => {
    // 08:00 on Dec 6 in Tokyo: still Dec 5 in UTC.
    expect(latestAgreedDay(new Date('2026-12-05T23:00:00Z'), tokyo)).toBe('2026-12-05');
  });

  it('is today when both calendars agree', () => {
    expect(latestAgreedDay(new Date('2026-12-06T12:00:00Z'), 0)).toBe('2026-12-06');
    expect(latestAgreedDay(new Date('2026-12-06T12:00:00Z'), tokyo)).toBe('2026-12-06');
  });

  it('the form refuses a day after it and accepts it', () => {
    const at = new Date('2026-12-06T12:00:00Z');
    const schema = agreementFormSchema(() => at);
    const form = { firstName: 'Ana', lastName: 'Ruiz', email: 'ana@contoso.com', phoneNumber: '' };
    const latest = latestAgreedDay(at);
    const dayAfter = new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(schema.safeParse({ ...form, dateAgreed: latest }).success).toBe(true);
    const refused = schema.safeParse({ ...form, dateAgreed: dayAfter });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('notInFuture');
  });
});
