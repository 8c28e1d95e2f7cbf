import { accountErrorCodes } from '@/lib/api-types/account';
import type { PartnerUser } from '@/lib/api-types/users';
import { newGuid } from '@/lib/ids';
import { sortUsers, userSearchIndex } from '@/lib/user-search';
import { commercialRoles, developerRoles } from '@/lib/permissions';
import { getDb } from '../db/database';
import { collection, readJsonBody, route } from '../http';
import { accountRules, conflict, notFound, validateBody } from '../validation';

type UserParams = { userId: string };
function findUser(userId: string): PartnerUser | undefined {
  return getDb().partnerUsers.find((user) => user.id === userId);
}

function emailTaken(email: string, exceptId?: string): boolean {
  const wanted = email.toLowerCase();
  return getDb().partnerUsers.some((user) => user.id !== exceptId && user.email.toLowerCase() === wanted);
}

const emailInUse = (email: string) =>
  conflict(
    accountErrorCodes.emailInUse,
    'EmailAlreadyInUse',
    `Another user already signs in with ${email}.`,
    'email',
  );

function isLastGlobalAdmin(user: PartnerUser): boolean {
  return (
    user.commercialRoles.includes('GlobalAdmin') &&
    !getDb().partnerUsers.some(
      (other) => other.id !== user.id && other.commercialRoles.includes('GlobalAdmin'),
    )
  );
}

const lastGlobalAdmin = (field?: string) =>
  conflict(
    accountErrorCodes.lastGlobalAdmin,
    'LastGlobalAdmin',
    'The organization needs at least one Global admin. Make someone else a Global admin first.',
    field,
  );

export const userHandlers = [
  /**
   * Ours: the partner's own users with their commercial and developer roles together.
   * `size`/`offset` page, `q` searches name and email, `sort` is a key with an optional `-`.
   */
  route(
    'get',
    '/v1/users',
    ({ url }) => {
      const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 25) || 25, 1), 500);
      const offset = Math.max(Number(url.searchParams.get('offset') ?? 0) || 0, 0);
      const matches = userSearchIndex(sortUsers(getDb().partnerUsers, url.searchParams.get('sort') ?? ''))(
        url.searchParams.get('q') ?? '',
      );
      return Response.json(collection(matches.slice(offset, offset + size), url, matches.length));
    },
    { action: 'users.read' },
  ),

  route<UserParams>(
    'get',
    '/v1/users/:userId',
    ({ params }) => {
      const user = findUser(params.userId);
      return user ? Response.json(user) : notFound('User', params.userId);
    },
    { action: 'users.read' },
  ),

  route(
    'post',
    '/v1/users',
    async ({ request }) => {
      const { newUserSchema } = await accountRules();
      const checked = validateBody(newUserSchema, await readBodyWithRoles(request));
      if (!checked.ok) return checked.response;
      const input = checked.value;
      if (emailTaken(input.email)) return emailInUse(input.email);
      const user: PartnerUser = {
        id: newGuid(),
        displayName: `${input.firstName} ${input.lastName}`,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email.toLowerCase(),
        commercialRoles: input.commercialRoles,
        developerRoles: input.developerRoles,
        attributes: { objectType: 'PartnerUser' },
      };
      getDb().partnerUsers.push(user);
      return Response.json(user, { status: 201 });
    },
    // The bulk import resends a row with the same MS-RequestId after a reload: one user, not two.
    { action: 'users.update', idempotent: true },
  ),

  /** Ours: names, email and both role groups change together, in one request. */
  route<UserParams>(
    'patch',
    '/v1/users/:userId',
    async ({ request, params }) => {
      const user = findUser(params.userId);
      if (!user) return notFound('User', params.userId);
      const { userPatchSchema } = await accountRules();
      const checked = validateBody(userPatchSchema, await readJsonBodyOrEmpty(request));
      if (!checked.ok) return checked.response;
      const patch = checked.value;
      if (patch.email && emailTaken(patch.email, user.id)) return emailInUse(patch.email);
      if (
        patch.commercialRoles &&
        !patch.commercialRoles.includes('GlobalAdmin') &&
        isLastGlobalAdmin(user)
      ) {
        return lastGlobalAdmin('commercialRoles');
      }
      Object.assign(user, patch, patch.email ? { email: patch.email.toLowerCase() } : {});
      user.displayName = `${user.firstName} ${user.lastName}`;
      return Response.json(user);
    },
    { action: 'users.update' },
  ),

  route<UserParams>(
    'delete',
    '/v1/users/:userId',
    ({ params, caller }) => {
      const db = getDb();
      const user = findUser(params.userId);
      if (!user) return notFound('User', params.userId);
      if (user.id === caller.id) {
        return conflict(
          accountErrorCodes.cannotRemoveSelf,
          'CannotRemoveSelf',
          'You cannot remove yourself. Ask another admin to do it.',
        );
      }
      if (isLastGlobalAdmin(user)) return lastGlobalAdmin();
      db.partnerUsers = db.partnerUsers.filter((candidate) => candidate !== user);
      for (const group of db.groups) group.memberIds = group.memberIds.filter((id) => id !== user.id);
      return new Response(null, { status: 204 });
    },
    { action: 'users.update' },
  ),

  /** Partner Center's directory roles, commercial and developer together. */
  route('get', '/v1/roles', ({ url }) =>
    Response.json(
      collection(
        [
          ...commercialRoles.map((id) => ({ id, name: id, kind: 'commercial' })),
          ...developerRoles.map((id) => ({ id, name: id, kind: 'developer' })),
        ],
        url,
      ),
    ),
  ),
];

async function readJsonBodyOrEmpty(request: Request): Promise<unknown> {
  return (await readJsonBody(request)) ?? {};
}

/** A new user may come without roles: they start with none. */
async function readBodyWithRoles(request: Request): Promise<unknown> {
  const body = (await readJsonBodyOrEmpty(request)) as Record<string, unknown>;
  return { commercialRoles: [], developerRoles: [], ...body };
}
