import { seededGuid } from '@/mocks/db/seed-ids';

/** Seeded customers by their domain prefix (the mock's deterministic ids). */
export const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
