/**
 * `?customers=generated` (renewals bench): 500 more customers with 10 subscriptions each, bases
 * and add-ons whose terms all end within the next 90 days, so the cross-customer scan has 5,000
 * rows to read and the renewals page 5,000 rows to filter.
 */
import type { Subscription } from '@/lib/api-types/catalog';
import type { Customer } from '@/lib/api-types/customers';
import { ids } from '../data/catalog';
import { createSubscription } from '../subscription-factory';
import { seededGuid } from './seed-ids';

let enabled = false;

export function setGeneratedTenants(on: boolean): void {
  enabled = on;
}

const countries = ['US', 'GB', 'FR', 'DE', 'CA', 'JP', 'BR'];
const products = [
  ids.o365E3,
  ids.businessBasic,
  ids.businessStandard,
  ids.o365E1,
  ids.teamsPhone,
  ids.audioConferencing,
];

export function generatedTenants(): { customers: Customer[]; subscriptions: Record<string, Subscription[]> } {
  if (!enabled) return { customers: [], subscriptions: {} };
  const customers: Customer[] = [];
  const subscriptions: Record<string, Subscription[]> = {};
  for (let i = 0; i < 500; i += 1) {
    const prefix = `generated${i}`;
    const id = seededGuid(`customer:${prefix}`);
    const country = countries[i % countries.length] ?? 'US';
    const name = `Generated Customer ${String(i).padStart(3, '0')}`;
    customers.push({
      id,
      commerceId: seededGuid(`commerce:${prefix}`),
      relationshipToPartner: 'reseller',
      allowDelegatedAccess: true,
      companyProfile: {
        tenantId: id,
        domain: `${prefix}.onmicrosoft.com`,
        companyName: name,
        attributes: { objectType: 'CustomerCompanyProfile' },
      },
      billingProfile: {
        id: seededGuid(`billing:${prefix}`),
        firstName: 'Alex',
        lastName: 'Doe',
        email: `alex.doe@${prefix}.example`,
        culture: 'en-US',
        language: 'en',
        companyName: name,
        defaultAddress: {
          country,
          city: 'City',
          addressLine1: `${i} Main Street`,
          postalCode: '10001',
          firstName: 'Alex',
          lastName: 'Doe',
          phoneNumber: '+12065550100',
        },
        attributes: { objectType: 'CustomerBillingProfile' },
      },
      attributes: { objectType: 'Customer' },
    } as Customer);
    subscriptions[id] = Array.from({ length: 10 }, (_, j) => {
      const product = products[(i + j) % products.length] ?? ids.o365E3;
      // Every term ends within 90 days of the fixtures' day (2026-12-02), spread over those days, so
      // the renewals page lists all 5,000 at `?days=90` (the filter bench needs that many rows).
      const term = j % 3 === 0 ? 'P1M' : 'P1Y';
      const offset = (i * 7 + j * 3) % 85;
      const purchased =
        term === 'P1Y' ? Date.UTC(2025, 11, 5 + offset, 10) : Date.UTC(2026, 10, 5 + (offset % 24), 10);
      return createSubscription({
        id: seededGuid(`subscription:${prefix}:${j}`),
        customerId: id,
        productId: product,
        skuId: '0001',
        term,
        billingCycle: 'monthly',
        quantity: 5 + ((i + j) % 40),
        purchasedAt: new Date(purchased).toISOString().replace('.000Z', 'Z'),
        orderId: `gen${i}x${j}`,
        autoRenewEnabled: (i + j) % 4 !== 0,
      });
    });
  }
  return { customers, subscriptions };
}
