import { describe, expect, it } from 'vitest';
import type { PartnerUser } from '@/lib/api-types/users';
import { sortUsers } from '@/lib/user-search';

const user = (id: string, displayName: string, email: string): PartnerUser =>
  ({ id, displayName, email, commercialRoles: [], developerRoles: [] }) as unknown as PartnerUser;

const namesakes = [
  user('c', 'Aiko Abe', 'aiko.abe10@woodgrovecloud.com'),
  user('a', 'Aiko Abe', 'aiko.abe2@woodgrovecloud.com'),
  user('b', 'Ana Ruiz', 'ana.ruiz@woodgrovecloud.com'),
  user('d', 'aiko abe', 'aiko.abe1@woodgrovecloud.com'),
];

describe('sortUsers', () => {
  it('orders people who share a name by their email, numbers read as numbers', () => {
    expect(sortUsers(namesakes, 'displayName').map((u) => u.email)).toEqual([
      'aiko.abe1@woodgrovecloud.com',
      'aiko.abe2@woodgrovecloud.com',
      'aiko.abe10@woodgrovecloud.com',
      'ana.ruiz@woodgrovecloud.com',
    ]);
    expect(sortUsers(namesakes, '-displayName').map((u) => u.email)).toEqual([
      'ana.ruiz@woodgrovecloud.com',
      'aiko.abe10@woodgrovecloud.com',
      'aiko.abe2@woodgrovecloud.com',
      'aiko.abe1@woodgrovecloud.com',
    ]);
  });

  it('sorts emails with their numbers read as numbers; an unknown key keeps the order', () => {
    expect(sortUsers(namesakes, 'email').map((u) => u.id)).toEqual(['d', 'a', 'c', 'b']);
    expect(sortUsers(namesakes, 'nonsense').map((u) => u.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
