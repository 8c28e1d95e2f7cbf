/**
 * `?customers=generated` (renewals bench): 500 more customers with 10 subscriptions each, bases
 * and add-ons with spread-out end dates, so the cross-customer scan has 5,000 rows to read.
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
      const month = (i * 7 + j * 3) % 12;
      return createSubscription({
        id: seededGuid(`subscription:${prefix}:${j}`),
        customerId: id,
        productId: product,
        skuId: '0001',
        term: j % 3 === 0 ? 'P1M' : 'P1Y',
        billingCycle: 'monthly',
        quantity: 5 + ((i + j) % 40),
        purchasedAt: `2026-${String(month + 1).padStart(2, '0')}-${String(1 + ((i + j) % 27)).padStart(2, '0')}T10:00:00Z`,
        orderId: `gen${i}x${j}`,
        autoRenewEnabled: (i + j) % 4 !== 0,
      });
    });
  }
  return { customers, subscriptions };
}
