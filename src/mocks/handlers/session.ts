import type { SignedInUser } from '@/lib/api-types/users';
import { allowedActions } from '@/lib/permissions';
import { getDb } from '../db/database';
import { demoUserIds } from '../db/partner-users';
import { collection, rolesOf, route } from '../http';

/**
 * Who is calling and whom the demo lets you be: every page asks for these first, so they are not
 * in the account-settings handlers, whose schemas the browser's mock loads only when needed.
 */
export const sessionHandlers = [
  /** Ours: Partner Center learns who calls from the Azure AD token; the app asks here. */
  route('get', '/v1/me', ({ caller }) => {
    const body: SignedInUser = { user: caller, allowedActions: allowedActions(rolesOf(caller)) };
    return Response.json(body);
  }),

  /** Ours: the people the demo lets you sign in as, for the user menu. */
  route('get', '/v1/demo/users', ({ url }) =>
    Response.json(
      collection(
        getDb().partnerUsers.filter((user) => demoUserIds.includes(user.id)),
        url,
      ),
    ),
  ),
];
