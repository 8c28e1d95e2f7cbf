import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '@/lib/session';
import { can, commercialRoles, developerRoles, type Role } from '@/lib/permissions';
import { onlyReads } from '@/mocks/audit';
import { getDb } from '@/mocks/db/database';
import { rolesOf, routeTable } from '@/mocks/http';
import '@/mocks/node';

/**
 * Generated from the mock's own route table and the permissions table: every write endpoint that
 * names a permission is called, for every role that does not grant it, by a user holding only that
 * role. Each must get Partner Center's 403 body and leave the database exactly as it was. A new
 * endpoint is covered as soon as it is declared with `route(..., { action })`.
 */
const writes = routeTable.filter((r) => r.method !== 'get' && r.method !== 'head' && r.action);
const roles: Role[] = [...commercialRoles, ...developerRoles];
const cases = writes.flatMap((r) =>
  roles
    .filter((role) => !can([role], r.action!))
    .map((role) => ({ ...r, role, label: `${r.method.toUpperCase()} ${r.path} as ${role}` })),
);

/** Adds a user holding only `role` to the (freshly reset) database and returns its id. */
function userWithOnly(role: Role): string {
  const template = getDb().partnerUsers[0]!;
  const commercial = (commercialRoles as readonly Role[]).includes(role);
  const user = {
    ...template,
    id: `probe-${role}`,
    commercialRoles: commercial ? [role] : [],
    developerRoles: commercial ? [] : [role],
  } as typeof template;
  getDb().partnerUsers.push(user);
  expect(rolesOf(user)).toEqual([role]);
  return user.id;
}

// The permission check runs before the resource is looked up, so any id in the path will do.
const concrete = (path: string) =>
  `http://localhost${path.replace(/^\*/, '').replace(/:(\w+)/g, (_m, name: string) => `probe-${name}`)}`;

describe('write endpoints refuse roles that may not write', () => {
  it('finds write endpoints and users to refuse (the generator is not empty)', () => {
    expect(writes.length).toBeGreaterThan(5);
    expect(cases.length).toBeGreaterThan(writes.length);
  });

  it('every write endpoint names the permission it checks (none escapes the generator)', () => {
    const unchecked = routeTable
      .filter((r) => r.method !== 'get' && r.method !== 'head' && !r.action)
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(unchecked).toEqual([]);
  });

  // The newer endpoints the issue names, so a mock that registers its domains lazily cannot leave
  // them out of the table unnoticed.
  it.each([
    ['post', '/v1/customers/:customerId/agreements'],
    ['post', '/v1/customers/:customerId/qualifications'],
    ['patch', '/v1/customers/:customerId/subscriptions/:subscriptionId'], // scheduled changes, coterm
    ['post', '/v1/customers/:customerId/subscriptions/:subscriptionId/transitions'],
    ['post', '/v1/users'], // the bulk import's create
    ['post', '/v1/validations/address'], // only reads, yet refused to roles that cannot see customers
  ])('covers %s %s', (method, path) => {
    expect(cases.filter((c) => c.method === method && c.path.endsWith(path)).length).toBeGreaterThan(0);
  });

  it.each(cases)('$label → 403, database unchanged', async ({ method, path, action, role }) => {
    const userId = userWithOnly(role);
    // The refusal itself is audited (as Partner Center records failed operations), unless the
    // request only reads (an address validation); nothing else changes.
    const withoutAudit = () => JSON.stringify({ ...getDb(), auditRecords: [] });
    const before = withoutAudit();
    const response = await fetch(concrete(path), {
      method: method.toUpperCase(),
      headers: { Authorization: `Bearer ${demoTokenFor(userId)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 900308, description: expect.stringContaining(action!) });
    expect(withoutAudit()).toBe(before);
    expect(getDb().auditRecords).toEqual(
      onlyReads(new URL(concrete(path)).pathname)
        ? []
        : [expect.objectContaining({ operationStatus: 'failed' })],
    );
  });
});
