import type { AzureAdApplication, PartnerGroup } from '@/lib/api-types/account';
import type { AuditRecord } from '@/lib/api-types/audit';
import type { Customer } from '@/lib/api-types/customers';
import type { PartnerUser } from '@/lib/api-types/users';
import { seedAnnouncementReads, type AnnouncementReads } from './announcement-reads';
import { seedAccountProfile, type AccountProfileSlice } from './account-profile';
import { seedCommerce, type CommerceData } from './commerce';
import { seedCompliance, type ComplianceData } from './compliance';
import { seedCustomers } from './customers';
import { generatedTenants } from './generated-tenants';
import { seedApplications, seedGroups } from './directory';
import { seedPartnerUsers } from './partner-users';

/**
 * Everything the mock API can change. Static reference data (catalog, rules tables, announcement
 * texts) stays in code; only what users edit lives here and is persisted.
 */
export interface MockDatabase extends CommerceData, ComplianceData {
  customers: Customer[];
  partnerUsers: PartnerUser[];
  announcementReads: AnnouncementReads;
  account: AccountProfileSlice;
  groups: PartnerGroup[];
  applications: AzureAdApplication[];
  /** Answers already given to creates, by caller + route + MS-RequestId (see `route`'s `idempotent`). */
  idempotentResponses: Record<string, { status: number; body: unknown }>;
  /** The activity log, oldest first (see `mocks/audit.ts`); the seed starts it empty. */
  auditRecords: AuditRecord[];
}

export function createSeedDatabase(): MockDatabase {
  const partnerUsers = seedPartnerUsers();
  const generated = generatedTenants();
  const customers = [...seedCustomers(), ...generated.customers];
  const commerce = seedCommerce(
    (id) => customers.find((customer) => customer.id === id)?.billingProfile?.defaultAddress.country ?? 'US',
  );
  return {
    customers,
    partnerUsers,
    announcementReads: seedAnnouncementReads(),
    account: seedAccountProfile(),
    groups: seedGroups(partnerUsers),
    applications: seedApplications(),
    idempotentResponses: {},
    auditRecords: [],
    ...commerce,
    subscriptions: { ...commerce.subscriptions, ...generated.subscriptions },
    ...seedCompliance(customers),
  };
}

const storageKey = 'pd.mock.db';

interface StoredDatabase {
  seedFingerprint: string;
  data: MockDatabase;
}

/** Where edits persist: the browser's localStorage, or a JSON file for the HTTP mock (`npm run api`). */
export interface DatabaseStore {
  read(): string | null | undefined;
  write(text: string): void;
}

const localStorageStore: DatabaseStore = {
  read: () => globalThis.localStorage?.getItem(storageKey),
  write: (text) => globalThis.localStorage?.setItem(storageKey, text),
};

// Seeded (or restored) on first use, so importing the mock costs nothing until a request needs data.
let db: MockDatabase | undefined;
let store: DatabaseStore | undefined;
let seedText: string | undefined;
let seedFingerprint: string | undefined;

/** A new seed (new code) invalidates what a browser stored from the old one. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

// The seed is the same on every call within a page (or server run), so its text and fingerprint
// are computed once, and only when a reset, or something stored, asks for them.
function currentSeedText(): string {
  seedText ??= JSON.stringify(createSeedDatabase());
  return seedText;
}

function currentSeedFingerprint(): string {
  seedFingerprint ??= fingerprint(currentSeedText());
  return seedFingerprint;
}

export function getDb(): MockDatabase {
  if (!db) {
    const started = performance.now();
    db = store ? restoreDatabase(store) : createSeedDatabase();
    // Read by npm run bench: how long the first request's seeding or restoring held the thread.
    performance.measure('mock: seed or restore database', { start: started });
  }
  return db;
}

/** Keep the edits made before the last reload (or server restart); the restore happens on first use. */
export function enablePersistentDatabase(target: DatabaseStore = localStorageStore): void {
  store = target;
  db = undefined;
}

/** Back to a database that lives only as long as the process (how tests and stories run). */
export function keepDatabaseInMemory(): void {
  store = undefined;
  db = undefined;
}

/**
 * What was stored, when the same seed stored it; otherwise the seed. The seed itself is not written:
 * a reload without stored edits seeds again and gets the same data. On a first visit that write
 * (with the fingerprint it needs) held the first request's answer for about 30 ms.
 */
function restoreDatabase(target: DatabaseStore): MockDatabase {
  try {
    const raw = target.read();
    const stored = raw ? (JSON.parse(raw) as StoredDatabase) : undefined;
    if (stored && stored.seedFingerprint === currentSeedFingerprint()) return stored.data;
  } catch {
    // Unreadable: start from the seed.
  }
  return createSeedDatabase();
}

function writeStored(target: DatabaseStore, data: MockDatabase): void {
  try {
    const stored: StoredDatabase = { seedFingerprint: currentSeedFingerprint(), data };
    target.write(JSON.stringify(stored));
  } catch {
    // Quota exceeded: edits still live for this page.
  }
}

export function saveDb(): void {
  if (store && db) writeStored(store, db);
}

/**
 * Back to the seed. Read from its text rather than built again: every test starts with a reset,
 * and parsing took a fifth of the time of seeding (0.6 ms against 2.9 here).
 */
export function resetDb(): void {
  db = JSON.parse(currentSeedText()) as MockDatabase;
  saveDb();
}
