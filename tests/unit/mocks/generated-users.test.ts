import { afterEach, describe, expect, it } from 'vitest';
import { seedPartnerUsers, setGeneratedUsers } from '@/mocks/db/partner-users';

describe('the generated user set of npm run bench (?users=generated)', () => {
  afterEach(() => setGeneratedUsers(false));

  it('seeds 5,000 partner users with unique ids and sign-in names, and the usual set otherwise', () => {
    const usual = seedPartnerUsers();
    setGeneratedUsers(true);
    const generated = seedPartnerUsers();
    expect(generated).toHaveLength(5_000);
    expect(new Set(generated.map((user) => user.id)).size).toBe(5_000);
    expect(new Set(generated.map((user) => user.email)).size).toBe(5_000);
    expect(generated.slice(0, usual.length)).toEqual(usual);
    setGeneratedUsers(false);
    expect(seedPartnerUsers()).toEqual(usual);
  });
});
