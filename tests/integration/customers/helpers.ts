import { api, type Collection } from '@/lib/api-client';
import type { Customer } from '@/lib/api-types/customers';

/** Finds a seeded customer's id by its company name, through the API like any client would. */
export async function customerIdByName(companyName: string): Promise<string> {
  const page = await api.get<Collection<Customer>>('/v1/customers', { query: { q: companyName } });
  const match = page.items.find((c) => c.companyProfile.companyName === companyName);
  if (!match) throw new Error(`No seeded customer named ${companyName}`);
  return match.id;
}
