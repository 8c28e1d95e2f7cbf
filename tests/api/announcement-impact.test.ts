/**
 * Our impact endpoint reads the compliance data the agreements and qualifications endpoints keep:
 * a customer with no MCA attestation, and one with an Education request still in review.
 */
import { describe, expect, it } from 'vitest';
import { customersWithoutAttestation } from '@/mocks/data/compliance';
import { pc, seededCustomer } from './support';

const impactOf = (slug: string) => pc(`/v1/announcements/2020-11/${slug}/impact`);
const ids = (answer: { body: { items: { customerId: string }[] } }) =>
  answer.body.items.map((item) => item.customerId).sort();

describe('announcement impact (ours) over the compliance data', () => {
  it('MCA duplicates: lists exactly the customers without an attestation, and drops one once recorded', async () => {
    const before = await impactOf('duplicate-mca-409-errors');
    expect(before.status).toBe(200);
    expect(ids(before)).toEqual(customersWithoutAttestation.map(seededCustomer).sort());

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
