import { accountErrorCodes, type AzureAdApplication, type PartnerGroup } from '@/lib/api-types/account';
import { newGuid } from '@/lib/ids';
import { getDb } from '../db/database';
import { collection, readJsonBody, route } from '../http';
import { accountRules, conflict, notFound, validateBody } from '../validation';

type GroupParams = { groupId: string };
type MemberParams = { groupId: string; userId: string };
type AppParams = { appId: string };

function findGroup(groupId: string): PartnerGroup | undefined {
  return getDb().groups.find((group) => group.id === groupId);
}

const emptyRoles = { commercialRoles: [], developerRoles: [] };

/** Ours throughout: Partner Center manages groups and Azure AD applications only in its UI. */
export const directoryHandlers = [
  route('get', '/v1/groups', ({ url }) => Response.json(collection(getDb().groups, url)), {
    action: 'users.read',
  }),

  route<GroupParams>(
    'get',
    '/v1/groups/:groupId',
    ({ params }) => {
      const group = findGroup(params.groupId);
      return group ? Response.json(group) : notFound('Group', params.groupId);
    },
    { action: 'users.read' },
  ),

  route(
    'post',
    '/v1/groups',
    async ({ request }) => {
      const body = (await readJsonBody(request)) as Record<string, unknown> | undefined;
      const { groupSchema } = await accountRules();
      const checked = validateBody(groupSchema, { description: '', ...emptyRoles, ...body });
      if (!checked.ok) return checked.response;
      const { groups } = getDb();
      const name = checked.value.name;
      if (groups.some((group) => group.name.toLowerCase() === name.toLowerCase())) {
        return conflict(
          accountErrorCodes.groupNameInUse,
          'GroupNameInUse',
          `A group named ${name} already exists.`,
          'name',
        );
      }
      const group: PartnerGroup = {
        id: newGuid(),
        ...checked.value,
        memberIds: [],
        attributes: { objectType: 'PartnerGroup' },
      };
      groups.push(group);
      return Response.json(group, { status: 201 });
    },
    { action: 'users.update' },
  ),

  route<GroupParams>(
    'get',
    '/v1/groups/:groupId/members',
    ({ params, url }) => {
      const group = findGroup(params.groupId);
      if (!group) return notFound('Group', params.groupId);
      const members = getDb().partnerUsers.filter((user) => group.memberIds.includes(user.id));
      return Response.json(collection(members, url));
    },
    { action: 'users.read' },
  ),

  /** Adding someone who is already a member changes nothing and still succeeds. */
  route<GroupParams>(
    'post',
    '/v1/groups/:groupId/members',
    async ({ request, params }) => {
      const group = findGroup(params.groupId);
      if (!group) return notFound('Group', params.groupId);
      const body = (await readJsonBody(request)) as { userId?: string } | undefined;
      const user = getDb().partnerUsers.find((candidate) => candidate.id === body?.userId);
      if (!user) return notFound('User', String(body?.userId ?? ''));
      if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
      return Response.json(user, { status: 201 });
    },
    { action: 'users.update' },
  ),

  route<MemberParams>(
    'delete',
    '/v1/groups/:groupId/members/:userId',
    ({ params }) => {
      const group = findGroup(params.groupId);
      if (!group) return notFound('Group', params.groupId);
      if (!group.memberIds.includes(params.userId)) return notFound('Member', params.userId);
      group.memberIds = group.memberIds.filter((id) => id !== params.userId);
      return new Response(null, { status: 204 });
    },
    { action: 'users.update' },
  ),

  route('get', '/v1/applications', ({ url }) => Response.json(collection(getDb().applications, url)), {
    action: 'users.read',
  }),

  route(
    'post',
    '/v1/applications',
    async ({ request }) => {
      const body = (await readJsonBody(request)) as Record<string, unknown> | undefined;
      const { applicationSchema } = await accountRules();
      const checked = validateBody(applicationSchema, { ...emptyRoles, ...body });
      if (!checked.ok) return checked.response;
      const db = getDb();
      const appId = checked.value.appId.toLowerCase();
      if (db.applications.some((app) => app.appId === appId)) {
        return conflict(
          accountErrorCodes.applicationAlreadyAdded,
          'ApplicationAlreadyAdded',
          `Application ${appId} is already registered.`,
          'appId',
        );
      }
      const app: AzureAdApplication = {
        ...checked.value,
        appId,
        addedAt: new Date().toISOString(),
        attributes: { objectType: 'AzureAdApplication' },
      };
      db.applications.push(app);
      return Response.json(app, { status: 201 });
    },
    { action: 'users.update' },
  ),

  route<AppParams>(
    'delete',
    '/v1/applications/:appId',
    ({ params }) => {
      const db = getDb();
      const app = db.applications.find((candidate) => candidate.appId === params.appId);
      if (!app) return notFound('Application', params.appId);
      db.applications = db.applications.filter((candidate) => candidate !== app);
      return new Response(null, { status: 204 });
    },
    { action: 'users.update' },
  ),
];
