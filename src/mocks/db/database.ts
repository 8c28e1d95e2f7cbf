import type { AzureAdApplication, PartnerGroup } from '@/lib/api-types/account';
import type { Customer } from '@/lib/api-types/customers';
import type { PartnerUser } from '@/lib/api-types/users';
import { seedAnnouncementReads, type AnnouncementReads } from './announcement-reads';
import { seedAccountProfile, type AccountProfileSlice } from './account-profile';
import { seedCommerce, type CommerceData } from './commerce';
import { seedCustomers } from './customers';
import { generatedTenants } from './generated-tenants';
import { seedApplications, seedGroups } from './directory';
import { seedPartnerUsers } from './partner-users';

/**
 * Everything the mock API can change. Static reference data (catalog, rules tables, announcement
 * texts) stays in code; only what users edit lives here and is persisted.
 */
export interface MockDatabase extends CommerceData {
  customers: Customer[];
  partnerUsers: PartnerUser[];
  announcementReads: AnnouncementReads;
  account: AccountProfileSlice;
  groups: PartnerGroup[];
  applications: AzureAdApplication[];
  /** Answers already given to creates, by caller + route + MS-RequestId (see `route`'s `idempotent`). */
  idempotentResponses: Record<string, { status: number; body: unknown }>;
}

export function createSeedDatabase(): MockDatabase {
  const partnerUsers = seedPartnerUsers();
  const generated = generatedTenants();
  const commerce = seedCommerce();
  return {
    customers: [...seedCustomers(), ...generated.customers],
    partnerUsers,
    announcementReads: seedAnnouncementReads(),
    account: seedAccountProfile(),
    groups: seedGroups(partnerUsers),
    applications: seedApplications(),
    idempotentResponses: {},
    ...commerce,
    subscriptions: { ...commerce.subscriptions, ...generated.subscriptions },
  };
}

const storageKey = 'pd.mock.db';

interface StoredDatabase {
  seedFingerprint: string;
  data: MockDatabase;
}

let db: MockDatabase = createSeedDatabase();
let persistence: 'memory' | 'localStorage' = 'memory';
let seedFingerprint = '';

/** A new seed (new code) invalidates what a browser stored from the old one. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

export function getDb(): MockDatabase {
  return db;
}

/** Browser start-up: keep the visitor's edits across reloads. */
export function enablePersistentDatabase(): void {
  persistence = 'localStorage';
  const seed = createSeedDatabase();
  seedFingerprint = fingerprint(seed);
  try {
    const raw = globalThis.localStorage?.getItem(storageKey);
    const stored = raw ? (JSON.parse(raw) as StoredDatabase) : undefined;
    db = stored && stored.seedFingerprint === seedFingerprint ? stored.data : seed;
  } catch {
    db = seed;
  }
  saveDb();
}

export function saveDb(): void {
  if (persistence !== 'localStorage') return;
  try {
    const stored: StoredDatabase = { seedFingerprint, data: db };
    globalThis.localStorage?.setItem(storageKey, JSON.stringify(stored));
  } catch {
    // Quota exceeded: edits still live for this page.
  }
}

export function resetDb(): void {
  db = createSeedDatabase();
  saveDb();
}
