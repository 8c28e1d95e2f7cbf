import {
  accountErrorCodes,
  type AccountIdentifier,
  type LegalBusinessProfile,
  type MpnProfile,
  type OrganizationProfile,
  type PartnerBillingProfile,
  type PartnerLocation,
  type PartnerProfile,
  type PartnerSupportProfile,
} from '@/lib/api-types/account';
import { newGuid } from '@/lib/ids';
import { countryValidationRules } from '../data/country-rules';
import { partnerBillingCurrency } from '../data/partner-billing';
import { getDb } from '../db/database';
import { seededEtag } from '../db/seed-ids';
import { collection, link, pcError, readJsonBody, route } from '../http';
import { accountRules, conflict, etagMismatch, notFound, validateBody, withoutNulls } from '../validation';

const withEtag = (body: { attributes: { etag: string } }) =>
  Response.json(body, { headers: { ETag: `"${body.attributes.etag}"` } });

/**
 * A profile's address as the service answers it: the optional lines it stores as absent come back
 * as empty strings, as in every profile sample of the documentation.
 */
const answeredAddress = <A extends { state?: string; addressLine2?: string }>(address: A): A => ({
  ...address,
  state: address.state ?? '',
  addressLine2: address.addressLine2 ?? '',
});

/** The legal business profile as the service answers it, with its documented self link. */
const legalBusinessAnswer = (profile: LegalBusinessProfile) => {
  const answer: LegalBusinessProfile = {
    ...profile,
    address: answeredAddress(profile.address),
    companyApproverAddress: answeredAddress(profile.companyApproverAddress),
    links: { self: link('/profiles/legalbusiness') },
  };
  return withEtag(answer);
};

const nextEtag = (seed: string) => seededEtag(`${seed}:${newGuid()}`, Date.now());

function newLocationId(existing: PartnerLocation[]): string {
  let id: string;
  do id = String(4_000_000 + Math.floor(Math.random() * 5_999_999));
  while (existing.some((location) => location.id === id));
  return id;
}

/** Every identifier is derived from the data it names, so removing a location removes its ID. */
function identifiers(): AccountIdentifier[] {
  const { account } = getDb();
  const csp = account.tenants.find((tenant) => tenant.type !== 'developer');
  return [
    ...account.locations.map((location): AccountIdentifier => ({
      value: location.id,
      type: 'partnerId',
      program: location.isHeadquarters ? 'partnerNetwork' : 'cloudSolutionProvider',
      scope: location.name,
    })),
    ...account.publisherIds.map((value): AccountIdentifier => ({
      value,
      type: 'publisherId',
      program: 'commercialMarketplace',
    })),
    { value: account.sellerId, type: 'sellerId', program: 'commercialMarketplace' },
    ...(csp ? [{ value: csp.tenantId, type: 'cspTenantId', program: 'cloudSolutionProvider' } as const] : []),
  ];
}

/**
 * The organization, read from the legal profile, in the culture it was given or else the default
 * culture of its legal country (the country rules' table).
 */
function organizationProfile(): OrganizationProfile {
  const { legalBusiness, tenants, organizationCulture } = getDb().account;
  const tenant = tenants.find((candidate) => candidate.type !== 'developer') ?? tenants[0];
  const culture = organizationCulture ?? countryValidationRules(legalBusiness.address.country).defaultCulture;
  return {
    id: tenant?.tenantId ?? '',
    companyName: legalBusiness.companyName,
    defaultAddress: answeredAddress(legalBusiness.address),
    tenantId: tenant?.tenantId ?? '',
    domain: tenant?.primaryDomain ?? '',
    email: legalBusiness.primaryContact.email,
    language: culture.split('-')[0] ?? 'en',
    culture,
    profileType: 'OrganizationProfile',
    links: { self: link('/profiles/organization') },
    // It changes with the legal profile it is read from.
    attributes: { objectType: 'OrganizationProfile', etag: legalBusiness.attributes.etag },
  };
}

/** The partner's MPN profile for one of its own Partner IDs (its locations'). */
function mpnProfile(mpnId: string): MpnProfile {
  return {
    partnerName: getDb().account.legalBusiness.companyName,
    mpnId,
    profileType: 'MpnProfile',
    links: { self: link('/profiles/mpn') },
    attributes: { objectType: 'MpnProfile' },
  };
}

/** The billing profile as answered: its tax ID is the legal profile's, its currency the partner's. */
function billingProfile(): PartnerBillingProfile {
  const { billing, legalBusiness } = getDb().account;
  return {
    ...billing,
    address: answeredAddress(billing.address),
    taxId: legalBusiness.taxId ?? '',
    billingCurrency: partnerBillingCurrency.code,
    links: { self: link('/profiles/billing') },
  };
}

const supportProfile = (): PartnerSupportProfile => ({
  ...getDb().account.support,
  // As get-support-profile's sample writes it (with the version, unlike the other profiles).
  links: { self: link('/v1/profiles/support') },
});

/**
 * update-support-profile documents `PUT /v1/profiles/supportprofile`, the REST reference
 * `PUT /v1/profiles/support`: both are served. The profile has no ETag, so the last write wins.
 */
const updateSupportProfileAt = (path: string) =>
  route(
    'put',
    path,
    async ({ request }) => {
      const { supportProfileSchema } = await accountRules();
      const checked = validateBody(supportProfileSchema, await readJsonBody(request));
      if (!checked.ok) return checked.response;
      const { account } = getDb();
      account.support = { ...account.support, ...checked.value };
      return Response.json(supportProfile());
    },
    { action: 'account.update' },
  );

/**
 * An ETag sent in `If-Match`, or else in the body's attributes (as the documented requests of
 * update-partner-billing-profile and update-an-organization-profile do): checked when sent; a
 * request with neither is accepted.
 */
function staleProfile(request: Request, bodyEtag: unknown, current: string): Response | null {
  const sent = request.headers.has('If-Match') || (typeof bodyEtag === 'string' && bodyEtag !== '');
  return sent ? etagMismatch(request, current, bodyEtag) : null;
}

const culturePattern = /^[a-z]{2}-[A-Z]{2}$/;

/** The legal profile's field paths, as the organization profile names them. */
const organizationField = (field: string) =>
  field === 'primaryContact.email' ? 'email' : field.replace(/^address\./, 'defaultAddress.');

/**
 * update-an-organization-profile writes through to the legal profile it is read from (name,
 * address, email), validated by the legal profile's own rules; the culture is kept beside it.
 */
async function updateOrganizationProfile(request: Request): Promise<Response> {
  const { account } = getDb();
  const current = account.legalBusiness;
  const body = (await readJsonBody(request)) as
    (Partial<Omit<OrganizationProfile, 'attributes'>> & { attributes?: { etag?: unknown } }) | undefined;
  const stale = staleProfile(request, body?.attributes?.etag, current.attributes.etag);
  if (stale) return stale;
  const invalid = (field: string, description: string) =>
    pcError({
      status: 400,
      code: accountErrorCodes.invalidInput,
      errorName: 'InvalidInput',
      description,
      data: [{ field, message: description }],
    });
  const country = body?.defaultAddress?.country;
  if (country && country.toUpperCase() !== current.address.country) {
    return invalid('defaultAddress.country', 'The legal country cannot be changed.');
  }
  if (body?.culture !== undefined && !culturePattern.test(String(body.culture))) {
    return invalid('culture', 'Enter a culture such as fr-FR.');
  }
  // The documented request sends null for the address fields it leaves alone.
  const given = Object.entries(body?.defaultAddress ?? {}).filter(([, value]) => typeof value === 'string');
  const address = { ...current.address, ...Object.fromEntries(given), country: current.address.country };
  const { legalProfileSchema, usesTaxId } = await accountRules();
  const checked = validateBody(legalProfileSchema(current.address.country), {
    companyName: body?.companyName ?? current.companyName,
    address,
    primaryContact: { ...current.primaryContact, email: body?.email ?? current.primaryContact.email },
    companyApprover: {
      firstName: current.companyApproverAddress.firstName,
      lastName: current.companyApproverAddress.lastName,
      email: current.companyApproverEmail,
    },
    taxId: usesTaxId(current.address.country) ? current.taxId : undefined,
  });
  if (!checked.ok) {
    const refusal = (await checked.response.json()) as { data?: Array<{ field: string }> };
    return Response.json(
      { ...refusal, data: refusal.data?.map((item) => ({ ...item, field: organizationField(item.field) })) },
      { status: 400 },
    );
  }
  account.legalBusiness = {
    ...current,
    companyName: checked.value.companyName,
    address: { ...address, ...checked.value.address },
    primaryContact: { ...current.primaryContact, email: checked.value.primaryContact.email },
    attributes: { ...current.attributes, etag: nextEtag('legalbusiness') },
  };
  if (body?.culture) account.organizationCulture = body.culture;
  return withEtag(organizationProfile());
}

type LocationParams = { locationId: string };
type TenantParams = { tenantId: string };

export const accountHandlers = [
  /** Partner Center: the partner's legal business profile. */
  route('get', '/v1/profiles/legalbusiness', () => legalBusinessAnswer(getDb().account.legalBusiness), {
    action: 'account.read',
  }),

  /** Partner Center: full resource in, its ETag required (If-Match or the body's), new ETag out. */
  route(
    'put',
    '/v1/profiles/legalbusiness',
    async ({ request }) => {
      const current = getDb().account.legalBusiness;
      const body = (await readJsonBody(request)) as Partial<LegalBusinessProfile> | undefined;
      // update-legal-business-profile's documented request sends its ETag in the body.
      const stale = etagMismatch(request, current.attributes.etag, body?.attributes?.etag);
      if (stale) return stale;
      if (body?.address?.country && body.address.country !== current.address.country) {
        return pcError({
          status: 400,
          code: accountErrorCodes.invalidInput,
          description:
            'The legal country cannot be changed: it is tied to the tenant, currency and services.',
          data: [{ field: 'address.country', message: 'The legal country cannot be changed.' }],
        });
      }
      const { legalProfileSchema, usesTaxId } = await accountRules();
      const checked = validateBody(legalProfileSchema(current.address.country), {
        companyName: body?.companyName,
        address: withoutNulls(body?.address),
        primaryContact: withoutNulls(body?.primaryContact),
        // The documented request leaves the approver's names null: the approver stays who it was.
        companyApprover: {
          firstName: body?.companyApproverAddress?.firstName ?? current.companyApproverAddress.firstName,
          lastName: body?.companyApproverAddress?.lastName ?? current.companyApproverAddress.lastName,
          email: body?.companyApproverEmail,
        },
        taxId: body?.taxId,
      });
      if (!checked.ok) return checked.response;
      const input = checked.value;
      const address = { ...current.address, ...input.address };
      const next: LegalBusinessProfile = {
        ...current,
        companyName: input.companyName,
        address,
        primaryContact: input.primaryContact,
        companyApproverAddress: {
          ...address,
          firstName: input.companyApprover.firstName,
          lastName: input.companyApprover.lastName,
        },
        companyApproverEmail: input.companyApprover.email,
        ...(usesTaxId(address.country) && input.taxId ? { taxId: input.taxId } : {}),
        attributes: { ...current.attributes, etag: nextEtag('legalbusiness') },
      };
      getDb().account.legalBusiness = next;
      return legalBusinessAnswer(next);
    },
    { action: 'account.update' },
  ),

  /** get-an-organization-profile. */
  route('get', '/v1/profiles/organization', () => withEtag(organizationProfile()), {
    action: 'account.read',
  }),

  route('put', '/v1/profiles/organization', ({ request }) => updateOrganizationProfile(request), {
    action: 'account.update',
  }),

  /**
   * get-mpn-profile: without `mpnId`, the signed-in partner's (its headquarters' Partner ID); with
   * one, that partner's. The mock knows no partner but this one: any other ID is 404 / 3000, as the
   * documentation's failure sample answers.
   */
  route(
    'get',
    '/v1/profiles/mpn',
    ({ url }) => {
      const { locations } = getDb().account;
      const asked = url.searchParams.get('mpnId');
      const own =
        asked === null
          ? locations.find((location) => location.isHeadquarters)
          : locations.find((location) => location.id === asked);
      if (!own) {
        return pcError({
          status: 404,
          code: 3000,
          description: `Partner Organization with partner_id ${asked ?? ''} could not be found`,
        });
      }
      return Response.json(mpnProfile(own.id));
    },
    { action: 'account.read' },
  ),

  /** get-partner-billing-profile. */
  route('get', '/v1/profiles/billing', () => withEtag(billingProfile()), { action: 'account.read' }),

  /**
   * update-partner-billing-profile. The tax ID is edited on the legal profile and the currency
   * follows the partner's market, so both are read-only here.
   */
  route(
    'put',
    '/v1/profiles/billing',
    async ({ request }) => {
      const current = getDb().account.billing;
      const body = (await readJsonBody(request)) as
        (Partial<PartnerBillingProfile> & { attributes?: { etag?: unknown } }) | undefined;
      const stale = staleProfile(request, body?.attributes?.etag, current.attributes.etag);
      if (stale) return stale;
      if (body?.address?.country && body.address.country.toUpperCase() !== current.address.country) {
        return pcError({
          status: 400,
          code: accountErrorCodes.invalidInput,
          description: 'The billing country cannot be changed: the billing currency depends on it.',
          data: [{ field: 'address.country', message: 'The billing country cannot be changed.' }],
        });
      }
      const { billingProfileSchema } = await accountRules();
      const checked = validateBody(billingProfileSchema, {
        companyName: body?.companyName,
        address: body?.address,
        primaryContact: body?.primaryContact,
        purchaseOrderNumber: body?.purchaseOrderNumber ?? undefined,
      });
      if (!checked.ok) return checked.response;
      const { address, primaryContact, companyName, purchaseOrderNumber } = checked.value;
      getDb().account.billing = {
        ...current,
        companyName,
        address: {
          country: current.address.country,
          addressLine1: address.addressLine1,
          city: address.city,
          postalCode: address.postalCode,
          ...(address.addressLine2 ? { addressLine2: address.addressLine2 } : {}),
          ...(address.state ? { state: address.state } : {}),
        },
        primaryContact: {
          firstName: primaryContact.firstName,
          lastName: primaryContact.lastName,
          ...(primaryContact.email ? { email: primaryContact.email } : {}),
          ...(primaryContact.phoneNumber ? { phoneNumber: primaryContact.phoneNumber } : {}),
        },
        purchaseOrderNumber: purchaseOrderNumber ?? '',
        attributes: { ...current.attributes, etag: nextEtag('billingprofile') },
      };
      return withEtag(billingProfile());
    },
    { action: 'account.update' },
  ),

  /** get-support-profile. */
  route('get', '/v1/profiles/support', () => Response.json(supportProfile()), { action: 'account.read' }),
  updateSupportProfileAt('/v1/profiles/supportprofile'),
  updateSupportProfileAt('/v1/profiles/support'),

  /** Ours: the public partner profile (Partner Center documents no REST path for it). */
  route('get', '/v1/profiles/partner', () => withEtag(getDb().account.partner), { action: 'account.read' }),

  route(
    'put',
    '/v1/profiles/partner',
    async ({ request }) => {
      const current = getDb().account.partner;
      const stale = etagMismatch(request, current.attributes.etag);
      if (stale) return stale;
      const { partnerProfileSchema } = await accountRules();
      const checked = validateBody(partnerProfileSchema, await readJsonBody(request));
      if (!checked.ok) return checked.response;
      const next: PartnerProfile = {
        ...current,
        ...checked.value,
        attributes: { ...current.attributes, etag: nextEtag('partnerprofile') },
      };
      getDb().account.partner = next;
      return withEtag(next);
    },
    { action: 'account.update' },
  ),

  /** Ours: business locations, each with its partner location ID. */
  route(
    'get',
    '/v1/profiles/locations',
    ({ url }) => Response.json(collection(getDb().account.locations, url)),
    {
      action: 'account.read',
    },
  ),

  route(
    'post',
    '/v1/profiles/locations',
    async ({ request }) => {
      const { locationSchema } = await accountRules();
      const checked = validateBody(locationSchema, await readJsonBody(request));
      if (!checked.ok) return checked.response;
      const { locations } = getDb().account;
      const location: PartnerLocation = {
        id: newLocationId(locations),
        ...checked.value,
        isHeadquarters: false,
        attributes: { objectType: 'PartnerLocation' },
      };
      locations.push(location);
      return Response.json(location, { status: 201 });
    },
    { action: 'account.update' },
  ),

  route<LocationParams>(
    'put',
    '/v1/profiles/locations/:locationId',
    async ({ request, params }) => {
      const location = getDb().account.locations.find((candidate) => candidate.id === params.locationId);
      if (!location) return notFound('Location', params.locationId);
      const { locationSchema } = await accountRules();
      const checked = validateBody(locationSchema, await readJsonBody(request));
      if (!checked.ok) return checked.response;
      if (location.isHeadquarters && checked.value.address.country !== location.address.country) {
        return pcError({
          status: 400,
          code: accountErrorCodes.invalidInput,
          description: 'The headquarters stays in the legal country.',
          data: [{ field: 'address.country', message: 'The headquarters stays in the legal country.' }],
        });
      }
      Object.assign(location, checked.value);
      return Response.json(location);
    },
    { action: 'account.update' },
  ),

  route<LocationParams>(
    'delete',
    '/v1/profiles/locations/:locationId',
    ({ params }) => {
      const { account } = getDb();
      const location = account.locations.find((candidate) => candidate.id === params.locationId);
      if (!location) return notFound('Location', params.locationId);
      if (location.isHeadquarters) {
        return conflict(
          accountErrorCodes.headquartersLocation,
          'HeadquartersLocation',
          'The headquarters location cannot be removed: its partner ID identifies the whole organization.',
        );
      }
      account.locations = account.locations.filter((candidate) => candidate !== location);
      return new Response(null, { status: 204 });
    },
    { action: 'account.update' },
  ),

  /** Ours: every Azure AD tenant of the account, commercial and developer together. */
  route('get', '/v1/tenants', ({ url }) => Response.json(collection(getDb().account.tenants, url)), {
    action: 'account.read',
  }),

  route(
    'post',
    '/v1/tenants',
    async ({ request }) => {
      const { tenantSchema } = await accountRules();
      const checked = validateBody(tenantSchema, await readJsonBody(request));
      if (!checked.ok) return checked.response;
      const { account } = getDb();
      const tenantId = checked.value.tenantId.toLowerCase();
      if (account.tenants.some((tenant) => tenant.tenantId.toLowerCase() === tenantId)) {
        return conflict(
          accountErrorCodes.tenantAlreadyAssociated,
          'TenantAlreadyAssociated',
          `Tenant ${tenantId} is already associated with this account.`,
          'tenantId',
        );
      }
      const tenant = {
        ...checked.value,
        tenantId,
        primaryDomain: checked.value.primaryDomain.toLowerCase(),
        associatedAt: new Date().toISOString(),
        attributes: { objectType: 'AccountTenant' as const },
      };
      account.tenants.push(tenant);
      return Response.json(tenant, { status: 201 });
    },
    { action: 'account.update' },
  ),

  route<TenantParams>(
    'delete',
    '/v1/tenants/:tenantId',
    ({ params }) => {
      const { account } = getDb();
      const tenant = account.tenants.find((candidate) => candidate.tenantId === params.tenantId);
      if (!tenant) return notFound('Tenant', params.tenantId);
      if (account.tenants.length === 1) {
        return conflict(
          accountErrorCodes.lastTenant,
          'LastTenant',
          'The last tenant cannot be removed: the account needs at least one Azure AD tenant.',
        );
      }
      account.tenants = account.tenants.filter((candidate) => candidate !== tenant);
      return new Response(null, { status: 204 });
    },
    { action: 'account.update' },
  ),

  /** Ours: the account's identifiers in one list, derived from locations, tenants and publisher data. */
  route('get', '/v1/profiles/identifiers', ({ url }) => Response.json(collection(identifiers(), url)), {
    action: 'account.read',
  }),
];
