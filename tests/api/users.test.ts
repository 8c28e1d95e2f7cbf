/**
 * `GET /v1/users` (ours: the partner's users with both role families): `q` searches name and email,
 * `sort` orders, `size`/`offset` page. The users page searches the whole directory in the browser
 * with the same rules, so the API must keep them.
 */
import { describe, expect, it } from 'vitest';
import { pc } from './support';

interface UserRow {
  displayName: string;
  email: string;
}

async function everyone(): Promise<UserRow[]> {
  const answer = await pc('/v1/users?size=500');
  expect(answer.status).toBe(200);
  expect(answer.body.totalCount).toBe(answer.body.items.length);
  return answer.body.items;
}

describe('GET /v1/users', () => {
  it('searches name and email ignoring case and outer spaces, sorts, and pages the matches', async () => {
    const all = await everyone();
    const expected = all
      .filter((u) => u.displayName.toLowerCase().includes('ar') || u.email.toLowerCase().includes('ar'))
      .map((u) => u.email)
      .sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true }));
    expect(expected.length).toBeGreaterThan(10);

    const first = await pc('/v1/users?q=%20AR%20&sort=-email&size=10&offset=0');
    expect(first.status).toBe(200);
    expect(first.body.totalCount).toBe(expected.length);
    expect(first.body.items.map((u: UserRow) => u.email)).toEqual(expected.slice(0, 10));

    const second = await pc('/v1/users?q=ar&sort=-email&size=10&offset=10');
    expect(second.body.items.map((u: UserRow) => u.email)).toEqual(expected.slice(10, 20));
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const answer = await pc('/v1/users?q=zzzz-nobody');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ totalCount: 0, items: [] });
  });
});
