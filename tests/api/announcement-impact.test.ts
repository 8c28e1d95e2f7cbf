/**
 * Our impact endpoint reads the compliance data the agreements and qualifications endpoints keep:
 * a customer with no MCA attestation, and one with an Education request still in review.
 */
import { describe, expect, it } from 'vitest';
import { customersWhoSignedDirectly, customersWithoutAttestation } from '@/mocks/data/compliance';
import { pc, seededCustomer } from './support';

const impactOf = (slug: string) => pc(`/v1/announcements/2020-11/${slug}/impact`);
const ids = (answer: { body: { items: { customerId: string }[] } }) =>
  answer.body.items.map((item) => item.customerId).sort();

describe('announcement impact (ours): the screening entry and the work list agree', () => {
  it('counts the customers of the work list in the 11 countries the entry names, and only those', async () => {
    const impact = await impactOf('enhanced-customer-screening');
    expect(impact.status).toBe(200);
    expect(impact.body.rule).toBe('screening');
    const countries: string[] = impact.body.countries;
    expect([...countries].sort()).toEqual(['AM', 'AZ', 'BY', 'HU', 'KG', 'KZ', 'MD', 'RU', 'TJ', 'UA', 'UZ']);

    const narrowed = await pc(`/v1/customers?screening=missing&size=500&country=${countries.join(',')}`);
    expect(narrowed.body.items.map((c: { id: string }) => c.id).sort()).toEqual(ids(impact));
    expect(impact.body.totalCount).toBe(narrowed.body.totalCount);

    // The full work list also holds customers of the countries screened since 2021 (India here).
    const full = await pc('/v1/customers?screening=missing&size=500');
    const beyond = full.body.items.filter((c: { id: string }) => !ids(impact).includes(c.id));
    const countryOf = (c: { companyProfile: { address: { country: string } } }) =>
      c.companyProfile.address.country;
    expect(beyond.map(countryOf)).toEqual(['IN']);
  });
});

describe('announcement impact (ours) over the compliance data', () => {
  it('MCA duplicates: lists exactly the customers without an attestation or a direct acceptance, and drops one once recorded', async () => {
    const before = await impactOf('duplicate-mca-409-errors');
    expect(before.status).toBe(200);
    const signedDirectly = new Set<string>(customersWhoSignedDirectly);
    const expected = customersWithoutAttestation.filter((prefix) => !signedDirectly.has(prefix));
    expect(expected.length).toBeLessThan(customersWithoutAttestation.length);
    expect(ids(before)).toEqual(expected.map(seededCustomer).sort());

    const customerId = seededCustomer('tailspinquebec');
    const templates = await pc('/v1/agreements?agreementType=MicrosoftCustomerAgreement');
    const created = await pc(`/v1/customers/${customerId}/agreements`, {
      method: 'POST',
      body: {
        primaryContact: {
          firstName: 'Léa',
          lastName: 'Tremblay',
          email: 'lea@tailspin.example',
          phoneNumber: '5145550100',
        },
        templateId: templates.body.items[0].templateId,
        dateAgreed: '2026-11-30T00:00:00Z',
        type: 'MicrosoftCustomerAgreement',
      },
    });
    expect(created.status).toBe(201);
    expect(ids(await impactOf('duplicate-mca-409-errors'))).not.toContain(customerId);
  });

  it('Education validation: a requested Education qualification makes its customer affected while in review', async () => {
    const customerId = seededCustomer('tailspinquebec');
    expect(ids(await impactOf('education-customer-validation-testing'))).not.toContain(customerId);
    const requested = await pc(`/v1/customers/${customerId}/qualifications`, {
      method: 'POST',
      body: { qualification: 'Education', educationSegment: 'HigherEducation' },
    });
    expect(requested.status).toBe(201);
    expect(ids(await impactOf('education-customer-validation-testing'))).toContain(customerId);
  });
});
