import type { SignedInUser } from '@/lib/api-types/users';
import { allowedActions, commercialRoles, developerRoles } from '@/lib/permissions';
import { getDb } from '../db/database';
import { demoUserIds } from '../db/partner-users';
import { collection, rolesOf, route } from '../http';

export const userHandlers = [
  /** Ours: Partner Center learns who calls from the Azure AD token; the app asks here. */
  route('get', '/v1/me', ({ caller }) => {
    const body: SignedInUser = { user: caller, allowedActions: allowedActions(rolesOf(caller)) };
    return Response.json(body);
  }),

  /** Ours: the people the demo lets you sign in as, for the user menu. */
  route('get', '/v1/demo/users', () =>
    Response.json(collection(getDb().partnerUsers.filter((user) => demoUserIds.includes(user.id)))),
  ),

  /** Ours: the partner's own users with their commercial and developer roles together. */
  route(
    'get',
    '/v1/users',
    ({ url }) => {
      const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 25) || 25, 1), 500);
      const offset = Math.max(Number(url.searchParams.get('offset') ?? 0) || 0, 0);
      const query = (url.searchParams.get('q') ?? '').trim().toLowerCase();
      const matches = getDb().partnerUsers.filter(
        (user) =>
          !query ||
          user.displayName.toLowerCase().includes(query) ||
          user.email.toLowerCase().includes(query),
      );
      return Response.json(collection(matches.slice(offset, offset + size), matches.length));
    },
    { action: 'users.read' },
  ),

  /** Partner Center's directory roles, commercial and developer together. */
  route('get', '/v1/roles', () =>
    Response.json(
      collection([
        ...commercialRoles.map((id) => ({ id, name: id, kind: 'commercial' })),
        ...developerRoles.map((id) => ({ id, name: id, kind: 'developer' })),
      ]),
    ),
  ),
];
