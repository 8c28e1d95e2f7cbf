import { z } from './zod';
import { commercialRoles, developerRoles } from './permissions';

/**
 * The account-settings input rules, defined once: the forms validate with these schemas and the
 * mock API validates the same bodies with them, answering 400 with each issue's message as the
 * field-level `code`. Messages are keys (`tooLong:100` carries its limit) the UI translates.
 */

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const phonePattern = /^\+?[0-9 ().-]{6,20}$/;
const domainPattern = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const text = (max: number) => z.string().trim().min(1, 'required').max(max, `tooLong:${max}`);
const optionalText = (max: number) => z.string().trim().max(max, `tooLong:${max}`).optional();
const email = z
  .string()
  .trim()
  .min(1, 'required')
  .max(100, 'tooLong:100')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email');
const phone = z.string().trim().min(1, 'required').regex(phonePattern, 'phone');

/** Countries whose legal profile carries a VAT / tax number, with its format and an example. */
export const taxIdRules: Record<string, { pattern: RegExp; example: string }> = {
  FR: { pattern: /^FR[0-9A-Z]{2}\d{9}$/, example: 'FR40123456789' },
  DE: { pattern: /^DE\d{9}$/, example: 'DE123456789' },
  GB: { pattern: /^GB(\d{9}|\d{12})$/, example: 'GB123456789' },
  IT: { pattern: /^IT\d{11}$/, example: 'IT12345678901' },
  ES: { pattern: /^ES[0-9A-Z]\d{7}[0-9A-Z]$/, example: 'ESX1234567X' },
  NL: { pattern: /^NL\d{9}B\d{2}$/, example: 'NL123456789B01' },
  BE: { pattern: /^BE[01]\d{9}$/, example: 'BE0123456789' },
  IE: { pattern: /^IE\d{7}[A-W][A-I]?$/, example: 'IE1234567T' },
};

export function usesTaxId(country: string): boolean {
  return country in taxIdRules;
}

/** The countries offered for business locations. */
export const locationCountries = ['FR', 'DE', 'GB', 'IE', 'NL', 'BE', 'ES', 'IT', 'US', 'CA'] as const;

export const industries = [
  'education',
  'financialServices',
  'government',
  'healthcare',
  'manufacturing',
  'media',
  'nonprofit',
  'professionalServices',
  'retail',
  'technology',
] as const;
export type Industry = (typeof industries)[number];

export const tenantTypes = ['commercial', 'developer', 'both'] as const;

const roleAssignment = {
  commercialRoles: z.array(z.enum(commercialRoles, 'role')),
  developerRoles: z.array(z.enum(developerRoles, 'role')),
};

/** The legal business profile's editable part; the legal country itself cannot change. */
export function legalProfileSchema(country: string) {
  const rule = taxIdRules[country];
  return z.object({
    companyName: text(100),
    address: z.object({
      addressLine1: text(200),
      addressLine2: optionalText(200),
      city: text(50),
      state: optionalText(50),
      postalCode: text(20),
    }),
    primaryContact: z.object({
      firstName: text(50),
      lastName: text(50),
      email,
      phoneNumber: phone,
    }),
    companyApprover: z.object({
      firstName: text(50),
      lastName: text(50),
      email,
    }),
    taxId: rule
      ? z
          .string()
          .trim()
          .transform((value) => value.replace(/\s+/g, '').toUpperCase())
          .pipe(z.string().min(1, 'required').regex(rule.pattern, `taxId:${rule.example}`))
      : z.string().optional(),
  });
}
export type LegalProfileInput = z.input<ReturnType<typeof legalProfileSchema>>;

export const partnerProfileSchema = z.object({
  publicName: text(100),
  website: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200, 'tooLong:200')
    .regex(/^https:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i, 'website'),
  description: z.string().trim().max(1000, 'tooLong:1000'),
  industries: z.array(z.enum(industries, 'industry')).min(1, 'industries').max(3, 'industriesMax:3'),
});
export type PartnerProfileInput = z.input<typeof partnerProfileSchema>;

/**
 * The partner's billing profile (update-partner-billing-profile). The documentation's own request
 * sends the contact's email as null and its phone number empty: both may be left out.
 */
export const billingProfileSchema = z.object({
  companyName: text(100),
  address: z.object({
    addressLine1: text(200),
    addressLine2: optionalText(200).nullable(),
    city: text(50),
    state: optionalText(50).nullable(),
    postalCode: text(20),
  }),
  primaryContact: z.object({
    firstName: text(50),
    lastName: text(50),
    email: z.union([email, z.literal('')]).nullish(),
    phoneNumber: z.union([phone, z.literal('')]).nullish(),
  }),
  purchaseOrderNumber: optionalText(50).nullable(),
});
export type BillingProfileInput = z.input<typeof billingProfileSchema>;

/** The partner's support profile; the documentation's sample website has no scheme. */
export const supportProfileSchema = z.object({
  email,
  telephone: phone,
  website: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200, 'tooLong:200')
    .regex(/^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i, 'webAddress'),
});
export type SupportProfileInput = z.input<typeof supportProfileSchema>;

export const locationSchema = z.object({
  name: text(100),
  address: z.object({
    addressLine1: text(200),
    city: text(50),
    state: optionalText(50),
    postalCode: text(20),
    country: z.enum(locationCountries, 'country'),
  }),
});
export type LocationInput = z.input<typeof locationSchema>;

export const tenantSchema = z.object({
  tenantId: z.string().trim().min(1, 'required').regex(guidPattern, 'guid'),
  primaryDomain: z.string().trim().min(1, 'required').regex(domainPattern, 'domain'),
  type: z.enum(tenantTypes, 'tenantType'),
});
export type TenantInput = z.input<typeof tenantSchema>;

export const newUserSchema = z.object({
  firstName: text(50),
  lastName: text(50),
  email,
  ...roleAssignment,
});
export type NewUserInput = z.input<typeof newUserSchema>;

export const userPatchSchema = newUserSchema.partial();

export const groupSchema = z.object({
  name: text(64),
  description: z.string().trim().max(256, 'tooLong:256'),
  ...roleAssignment,
});
export type GroupInput = z.input<typeof groupSchema>;

export const applicationSchema = z.object({
  appId: z.string().trim().min(1, 'required').regex(guidPattern, 'guid'),
  displayName: text(100),
  ...roleAssignment,
});
export type ApplicationInput = z.input<typeof applicationSchema>;
