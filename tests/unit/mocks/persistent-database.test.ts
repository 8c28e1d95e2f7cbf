import { afterEach, describe, expect, it } from 'vitest';
import {
  enablePersistentDatabase,
  getDb,
  keepDatabaseInMemory,
  resetDb,
  saveDb,
  type DatabaseStore,
} from '@/mocks/db/database';

/** A store that remembers what was written, like localStorage or the HTTP mock's file. */
function memoryStore(initial?: string) {
  const writes: string[] = [];
  let text = initial;
  const store: DatabaseStore = {
    read: () => text,
    write: (next) => {
      writes.push(next);
      text = next;
    },
  };
  return { store, writes, current: () => text };
}

function renameFirstCustomer(name: string) {
  const [customer] = getDb().customers;
  if (!customer) throw new Error('The seed has no customer.');
  customer.companyProfile.companyName = name;
  saveDb();
}

describe('the persisted mock database', () => {
  afterEach(() => {
    keepDatabaseInMemory();
    resetDb();
  });

  it('serves the seed on a first visit and writes nothing until something is edited', () => {
    const { store, writes } = memoryStore();
    enablePersistentDatabase(store);

    const seededName = getDb().customers[0]?.companyProfile.companyName;
    expect(seededName).toBeTruthy();
    expect(writes).toHaveLength(0);

    renameFirstCustomer('Renamed Ltd');
    expect(writes).toHaveLength(1);
  });

  it('restores an edit after a reload', () => {
    const { store, current } = memoryStore();
    enablePersistentDatabase(store);
    renameFirstCustomer('Renamed Ltd');

    // A reload: a fresh page enables the same store and restores on first use.
    enablePersistentDatabase(memoryStore(current()).store);
    expect(getDb().customers[0]?.companyProfile.companyName).toBe('Renamed Ltd');
  });

  it('starts from the seed when the stored copy came from another seed or cannot be read', () => {
    const { store, current } = memoryStore();
    enablePersistentDatabase(store);
    const seededName = getDb().customers[0]?.companyProfile.companyName;
    renameFirstCustomer('Renamed Ltd');
    const stored = JSON.parse(current() ?? '') as { seedFingerprint: string };

    const otherSeed = JSON.stringify({ ...stored, seedFingerprint: `${stored.seedFingerprint}x` });
    const older = memoryStore(otherSeed);
    enablePersistentDatabase(older.store);
    expect(getDb().customers[0]?.companyProfile.companyName).toBe(seededName);
    expect(older.writes).toHaveLength(0);

    enablePersistentDatabase(memoryStore('{ not json').store);
    expect(getDb().customers[0]?.companyProfile.companyName).toBe(seededName);
  });

  it('writes the seed back when the database is reset', () => {
    const { store, current } = memoryStore();
    enablePersistentDatabase(store);
    const seededName = getDb().customers[0]?.companyProfile.companyName;
    renameFirstCustomer('Renamed Ltd');

    resetDb();
    enablePersistentDatabase(memoryStore(current()).store);
    expect(getDb().customers[0]?.companyProfile.companyName).toBe(seededName);
  });
});
