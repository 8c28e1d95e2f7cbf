import { z } from './zod';
import {
  agreementTypes,
  educationSegments,
  settableQualifications,
  type AgreementContact,
} from './api-types/agreements';

/**
 * Customer-compliance rules, defined once: the agreement and qualification forms validate with
 * these schemas and the mock API validates the same bodies with them (400 with each issue's rule
 * key as the field-level `code`), so the form and the service cannot disagree.
 */

const phonePattern = /^\+?[0-9 ().-]{6,20}$/;
const text = (max: number) => z.string().trim().min(1, 'required').max(max, `tooLong:${max}`);
const email = z
  .string()
  .trim()
  .min(1, 'required')
  .max(100, 'tooLong:100')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email');
const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === '' || phonePattern.test(value), 'phone')
  .optional();

export const agreementContactSchema = z.object({
  firstName: text(50),
  lastName: text(50),
  email,
  phoneNumber: optionalPhone,
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The latest day a person may give as the day a customer agreed: their own today, but never after
 * Partner Center's (UTC). West of UTC in the evening the UTC day is already tomorrow for them; east
 * of it in the morning their day is one the API would still call the future.
 */
export function latestAgreedDay(at: Date, utcOffsetMinutes = -at.getTimezoneOffset()): string {
  const local = isoDay(new Date(at.getTime() + utcOffsetMinutes * 60_000));
  const utc = isoDay(at);
  return local < utc ? local : utc;
}

/** A date agreed must be a real day, not after the latest day allowed at the shared clock's now. */
function dayNotInFuture(latestDay: () => string) {
  return z
    .string()
    .trim()
    .min(1, 'required')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'invalid')
    .refine((value) => Number.isNaN(Date.parse(value)) || value.slice(0, 10) <= latestDay(), 'notInFuture');
}

/** The "Confirm customer acceptance" form: contact, and the day as `YYYY-MM-DD` in the user's calendar. */
export function agreementFormSchema(now: () => Date) {
  return agreementContactSchema.extend({ dateAgreed: dayNotInFuture(() => latestAgreedDay(now())) });
}
export type AgreementFormValues = z.input<ReturnType<typeof agreementFormSchema>>;

/** `POST /v1/customers/{id}/agreements`. */
export function agreementRequestSchema(now: () => Date) {
  return z.object({
    primaryContact: agreementContactSchema,
    templateId: z.string().trim().min(1, 'required'),
    // Partner Center's today is the UTC day.
    dateAgreed: dayNotInFuture(() => isoDay(now())),
    type: z.enum(agreementTypes, 'invalid'),
  });
}

const normalizedPhone = (value: string | undefined) => (value ?? '').replace(/\D/g, '');

/**
 * Partner Center accepts a new attestation only when the contact's first name, last name, email or
 * phone differs from an existing one (case and phone punctuation do not make a difference).
 */
export function sameContact(a: AgreementContact, b: AgreementContact): boolean {
  const same = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();
  return (
    same(a.firstName, b.firstName) &&
    same(a.lastName, b.lastName) &&
    same(a.email, b.email) &&
    normalizedPhone(a.phoneNumber) === normalizedPhone(b.phoneNumber)
  );
}

const websitePattern = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/**
 * `POST /v1/customers/{id}/qualifications`: Education needs its segment (the website is optional),
 * GCC needs the partner's validation code, a state-owned entity needs nothing else.
 */
export const qualificationRequestSchema = z
  .object({
    qualification: z.enum(settableQualifications, 'invalid'),
    educationSegment: z.enum(educationSegments, 'required').optional(),
    website: z
      .string()
      .trim()
      .max(200, 'tooLong:200')
      .refine((value) => value === '' || websitePattern.test(value), 'website')
      .optional(),
    validationCode: z.string().trim().max(100, 'tooLong:100').optional(),
  })
  .superRefine((value, context) => {
    if (value.qualification === 'Education' && !value.educationSegment) {
      context.addIssue({ code: 'custom', path: ['educationSegment'], message: 'required' });
    }
    if (value.qualification === 'GovernmentCommunityCloud' && !value.validationCode) {
      context.addIssue({ code: 'custom', path: ['validationCode'], message: 'required' });
    }
  });
export type QualificationRequestInput = z.input<typeof qualificationRequestSchema>;
