import type { Customer, CustomerBillingProfile, CustomerCompanyProfile } from '@/lib/api-types/customers';
import { onMicrosoftDomain } from '@/lib/customer-domain';
import { newGuid } from '@/lib/ids';
import { getDb } from '../db/database';
import { seededEtag } from '../db/seed-ids';
import {
  camelCaseKeys,
  collection,
  decodeContinuationToken,
  encodeContinuationToken,
  link,
  nextPageLink,
  pcError,
  readJsonBody,
  route,
  sentEtag,
} from '../http';
import {
  screeningFieldErrors,
  screeningFieldPath,
  screeningProblems,
  screeningValidationError,
} from '../screening';

type CustomerParams = { customerId: string };

export function findCustomer(customerId: string): Customer | undefined {
  return getDb().customers.find((customer) => customer.id === customerId);
}

/** A culture as the service answers it, whatever its case in the request: `EN-US` is `en-US`. */
function canonicalCulture(culture: string): string {
  const parts = /^([a-z]{2,3})-([a-z]{2})$/i.exec(culture.trim());
  return parts ? `${parts[1]!.toLowerCase()}-${parts[2]!.toUpperCase()}` : culture.trim();
}

/** Whether a customer already has this initial domain (a bare name is under .onmicrosoft.com). */
export function domainInUse(domain: string): boolean {
  const wanted = onMicrosoftDomain(domain);
  return getDb().customers.some((customer) => customer.companyProfile.domain.toLowerCase() === wanted);
}

export function customerNotFound(customerId: string) {
  return pcError({
    status: 404,
    code: 60003,
    errorName: 'TenantNotFound',
    description: `Customer ${customerId} was not found.`,
  });
}

const customerUri = (customerId: string) => `/customers/${customerId}`;

/**
 * The company profile as Partner Center answers it: its address and email are the ones the customer
 * was created with (the billing profile's), and it links to itself.
 */
export function companyProfileOf(customer: Customer): CustomerCompanyProfile {
  const billing = customer.billingProfile;
  const address = billing?.defaultAddress;
  return {
    ...customer.companyProfile,
    ...(address
      ? {
          address: withoutEmpty({
            country: address.country,
            region: address.state ?? address.region,
            city: address.city,
            addressLine1: address.addressLine1,
            postalCode: address.postalCode,
            phoneNumber: address.phoneNumber,
          }),
        }
      : {}),
    ...(billing?.email ? { email: billing.email } : {}),
    links: { self: link(`${customerUri(customer.id)}/profiles/company`) },
    attributes: { objectType: 'CustomerCompanyProfile' },
  };
}

export function billingProfileOf(
  customerId: string,
  profile: CustomerBillingProfile,
): CustomerBillingProfile {
  return { ...profile, links: { self: link(`${customerUri(customerId)}/profiles/billing`) } };
}

/** A customer by id: both profiles, its custom domains and links, as Partner Center returns it. */
export function customerResource(customer: Customer): Customer {
  return {
    ...customer,
    companyProfile: companyProfileOf(customer),
    ...(customer.billingProfile
      ? { billingProfile: billingProfileOf(customer.id, customer.billingProfile) }
      : {}),
    customDomains: customer.customDomains ?? [customer.companyProfile.domain],
    links: { self: link(customerUri(customer.id)) },
  };
}

/** List items carry the company profile but no billing profile. */
function listItem(customer: Customer) {
  const problems = screeningProblems(customer);
  return {
    id: customer.id,
    commerceId: customer.commerceId,
    companyProfile: companyProfileOf(customer),
    relationshipToPartner: customer.relationshipToPartner,
    // Ours: what enhanced screening still lacks, so the list can badge the work list's rows.
    ...(problems.length > 0 ? { missingScreeningInfo: problems } : {}),
    links: { self: link(customerUri(customer.id)) },
    attributes: customer.attributes,
  };
}

type SortKey = 'companyName' | 'domain' | 'country';

function sortValue(customer: Customer, key: SortKey): string {
  if (key === 'domain') return customer.companyProfile.domain;
  if (key === 'country') return customer.billingProfile?.defaultAddress.country ?? '';
  return customer.companyProfile.companyName ?? '';
}

export function rotateEtag(profile: CustomerBillingProfile): void {
  profile.attributes.etag = seededEtag(`${profile.id}:${newGuid()}`, Date.now());
}

interface StagedCompanyChange {
  customerId: string;
  billingEtag: string;
  organizationRegistrationNumber: string;
}

/** In memory on purpose: a stage lives for one save (milliseconds), never across reloads. */
const stagedCompanyChanges = new Map<string, StagedCompanyChange>();

/**
 * Whether the change was made from the current ETag (update-a-customer-s-billing-profile's
 * documented request sends it in the body).
 */
function etagMatches(request: Request, etag: string, bodyEtag?: unknown): boolean {
  const given = sentEtag(request, bodyEtag);
  return given !== '' && given === etag;
}

function preconditionFailed() {
  return pcError({
    status: 412,
    code: 2055,
    errorName: 'PreconditionFailed',
    description:
      'The billing profile was changed by someone else since you loaded it. Reload it and apply your changes again.',
  });
}

/** Optional address fields sent as "" are absent, as Partner Center stores them. */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== '' && v !== null && v !== undefined),
  ) as T;
}

function withRegistrationNumber(profile: CustomerCompanyProfile, value: string): CustomerCompanyProfile {
  const { organizationRegistrationNumber: _previous, ...rest } = profile;
  return value ? { ...rest, organizationRegistrationNumber: value } : rest;
}

/**
 * The documented search (get-a-customer-by-name, get-customers-of-an-indirect-reseller):
 * `filter={"Field":"CompanyName","Value":"cont","Operator":"starts_with"}`, URL-encoded. Four
 * fields, and starts_with is the only operation the customers endpoint supports.
 */
const searchFields = ['CompanyName', 'Domain', 'IndirectReseller', 'IndirectCloudSolutionProvider'] as const;
type CustomerSearchField = (typeof searchFields)[number];

function readCustomerFilter(
  text: string | null,
): { field: CustomerSearchField; prefix: string } | Response | undefined {
  if (text === null) return undefined;
  const refuse = () =>
    pcError({
      status: 400,
      code: 800002,
      errorName: 'InvalidInput',
      description: `filter must be {"Field":"<${searchFields.join('|')}>","Value":"…","Operator":"starts_with"}.`,
    });
  let parsed: unknown;
  try {
    parsed = camelCaseKeys(JSON.parse(text));
  } catch {
    return refuse();
  }
  const { field, value, operator } = (parsed ?? {}) as Record<string, unknown>;
  const known = searchFields.find((name) => name.toLowerCase() === String(field).toLowerCase());
  if (!known || typeof value !== 'string' || String(operator).toLowerCase() !== 'starts_with')
    return refuse();
  return { field: known, prefix: value.toLowerCase() };
}

function searchValue(customer: Customer, field: CustomerSearchField): string | undefined {
  switch (field) {
    case 'CompanyName':
      return customer.companyProfile.companyName;
    case 'Domain':
      return customer.companyProfile.domain;
    default:
      // Every seeded customer buys from this partner directly: none has an indirect reseller or an
      // indirect provider, so those searches find nobody, as they would for a direct-bill partner.
      return undefined;
  }
}

/** What a customer-list continuation token holds: the first request's query and where to go on. */
interface CustomerPageToken {
  query: string;
  offset: number;
}

/** The query and offset of this page: from the URL, or from the token of a `seekOperation=Next`. */
function readCustomerPage(
  url: URL,
  request: Request,
): { params: URLSearchParams; offset: number } | Response {
  const seekOperation = url.searchParams.get('seekOperation');
  if (seekOperation === null) {
    return {
      params: url.searchParams,
      offset: Math.max(Number(url.searchParams.get('offset') ?? 0) || 0, 0),
    };
  }
  const invalid = (description: string) =>
    pcError({ status: 400, code: 800002, errorName: 'InvalidInput', description });
  if (seekOperation.toLowerCase() !== 'next') return invalid('seekOperation must be Next.');
  const token = request.headers.get('MS-ContinuationToken');
  const state = token ? decodeContinuationToken(token) : undefined;
  if (!isCustomerPageToken(state)) return invalid('The MS-ContinuationToken header is missing or not valid.');
  return { params: new URLSearchParams(state.query), offset: state.offset };
}

function isCustomerPageToken(value: unknown): value is CustomerPageToken {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return typeof state.query === 'string' && Number.isInteger(state.offset) && Number(state.offset) >= 0;
}

function withoutPaging(params: URLSearchParams): string {
  const query = new URLSearchParams(params);
  query.delete('offset');
  query.delete('seekOperation');
  return query.toString();
}

export const customerHandlers = [
  /**
   * Pages of `size` customers and the documented `filter` search. A page that is not the last
   * carries a `continuationToken` and a `links.next` (`seekOperation=Next`, the token in the
   * `MS-ContinuationToken` header), as the SDK's customer enumerator follows them. `offset` (the
   * app's pager), `q`, `country`, `sort` and `screening` are ours.
   */
  route(
    'get',
    '/v1/customers',
    ({ url, request }) => {
      const page = readCustomerPage(url, request);
      if (page instanceof Response) return page;
      const { params, offset } = page;
      const search = readCustomerFilter(params.get('filter'));
      if (search instanceof Response) return search;
      const size = Math.min(Math.max(Number(params.get('size') ?? 25) || 25, 1), 500);
      const query = (params.get('q') ?? '').trim().toLowerCase();
      // Ours: `country` may list several codes (`AM,AZ`), as the announcement impact's work-list link does.
      const countries = new Set(
        (params.get('country') ?? '')
          .toUpperCase()
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      );
      // Ours: `screening=missing` is the work list of customers that screening would stop.
      const missingScreening = params.get('screening') === 'missing';
      const sortParam = params.get('sort') ?? 'companyName';
      const descending = sortParam.startsWith('-');
      const sortKey = (
        ['companyName', 'domain', 'country'].includes(sortParam.replace(/^-/, ''))
          ? sortParam.replace(/^-/, '')
          : 'companyName'
      ) as SortKey;

      const matches = getDb()
        .customers.filter((customer) => {
          if (countries.size > 0 && !countries.has(customer.billingProfile?.defaultAddress.country ?? ''))
            return false;
          if (missingScreening && screeningProblems(customer).length === 0) return false;
          if (search && !searchValue(customer, search.field)?.toLowerCase().startsWith(search.prefix))
            return false;
          if (!query) return true;
          return (
            (customer.companyProfile.companyName ?? '').toLowerCase().includes(query) ||
            customer.companyProfile.domain.toLowerCase().includes(query)
          );
        })
        .sort((a, b) => sortValue(a, sortKey).localeCompare(sortValue(b, sortKey)) * (descending ? -1 : 1));
      const next = offset + size;
      const token =
        next < matches.length
          ? encodeContinuationToken({
              query: withoutPaging(params),
              offset: next,
            } satisfies CustomerPageToken)
          : undefined;
      const body = collection(matches.slice(offset, next).map(listItem), url, matches.length);
      return Response.json(
        token
          ? {
              ...body,
              continuationToken: token,
              links: { ...body.links, next: nextPageLink('/v1/customers?seekOperation=Next', token) },
            }
          : body,
      );
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId',
    ({ params }) => {
      const customer = findCustomer(params.customerId);
      return customer ? Response.json(customerResource(customer)) : customerNotFound(params.customerId);
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/profiles/company',
    ({ params }) => {
      const customer = findCustomer(params.customerId);
      return customer ? Response.json(companyProfileOf(customer)) : customerNotFound(params.customerId);
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/profiles/billing',
    ({ params }) => {
      const profile = findCustomer(params.customerId)?.billingProfile;
      if (!profile) return customerNotFound(params.customerId);
      return Response.json(billingProfileOf(params.customerId, profile), {
        headers: { ETag: `"${profile.attributes.etag}"` },
      });
    },
    { action: 'customers.read' },
  ),

  /**
   * Ours (Partner Center documents no write for `organizationRegistrationNumber`): STAGES a new
   * Organization INN; nothing visible changes yet.
   *
   * Why staged: the INN lives on the company profile, the phone and middle name on the billing
   * profile, and the INN's validity depends on the billing address's country. Two independent
   * writes could leave half a save behind (the INN written, then the billing PUT refused with 412
   * or 400, or the tab closed in between). So one save is:
   *   1. `PUT .../profiles/company` with `If-Match: <billing ETag the user edited>` → 202 and a
   *      `stagedChangeId`. A stale ETag is refused here already (412), before anything exists.
   *   2. `PUT .../profiles/billing?companyProfileChange=<stagedChangeId>` with the same `If-Match`.
   *      This is the ONE commit point: it validates the record as it will be (country + INN +
   *      phone together: 600049/600050/600051) and then applies the billing profile AND the staged
   *      INN in one step, or applies neither.
   * A stage that is never committed is simply forgotten: it can only be committed by its own id,
   * and only while the billing profile still has the ETag it was staged against.
   */
  route<CustomerParams>(
    'put',
    '/v1/customers/:customerId/profiles/company',
    async ({ params, request }) => {
      const customer = findCustomer(params.customerId);
      const current = customer?.billingProfile;
      if (!customer || !current) return customerNotFound(params.customerId);
      if (!etagMatches(request, current.attributes.etag)) return preconditionFailed();
      const body = (await readJsonBody(request)) as Partial<CustomerCompanyProfile> | undefined;
      const value = body?.organizationRegistrationNumber;
      if (value !== undefined && value !== null && typeof value !== 'string') {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: 'organizationRegistrationNumber must be a string.',
          data: [{ field: screeningFieldPath.organizationRegistrationNumber, message: 'Must be a string.' }],
        });
      }
      const stagedChangeId = newGuid();
      stagedCompanyChanges.set(stagedChangeId, {
        customerId: customer.id,
        billingEtag: current.attributes.etag,
        organizationRegistrationNumber: value ?? '',
      });
      return Response.json(
        {
          stagedChangeId,
          companyProfile: { ...companyProfileOf(customer), organizationRegistrationNumber: value ?? '' },
        },
        { status: 202 },
      );
    },
    { action: 'customers.update' },
  ),

  route<CustomerParams>(
    'put',
    '/v1/customers/:customerId/profiles/billing',
    async ({ params, request, url }) => {
      const customer = findCustomer(params.customerId);
      const current = customer?.billingProfile;
      if (!customer || !current) return customerNotFound(params.customerId);
      const body = (await readJsonBody(request)) as Partial<CustomerBillingProfile> | undefined;
      if (!etagMatches(request, current.attributes.etag, body?.attributes?.etag)) return preconditionFailed();

      // Ours: commits a staged INN together with this profile (see the company-profile PUT).
      const stagedId = url.searchParams.get('companyProfileChange');
      const staged = stagedId ? stagedCompanyChanges.get(stagedId) : undefined;
      if (
        stagedId &&
        (!staged || staged.customerId !== customer.id || staged.billingEtag !== current.attributes.etag)
      ) {
        return preconditionFailed();
      }

      if (!body?.defaultAddress || !body.email) {
        return pcError({
          status: 400,
          code: 800002,
          description: 'The billing profile must include an email and a default address.',
        });
      }
      const registrationNumber = staged
        ? staged.organizationRegistrationNumber
        : customer.companyProfile.organizationRegistrationNumber;
      const problems = screeningFieldErrors({
        country: body.defaultAddress.country ?? '',
        organizationRegistrationNumber: registrationNumber,
        phoneNumber: body.defaultAddress.phoneNumber,
      });
      if (problems.length > 0) return screeningValidationError(problems);

      const { links: _links, ...fields } = body;
      const next: CustomerBillingProfile = {
        ...current,
        ...fields,
        id: current.id,
        companyName: current.companyName,
        defaultAddress: withoutEmpty({ ...body.defaultAddress }),
        attributes: { objectType: 'CustomerBillingProfile', etag: current.attributes.etag },
      };
      rotateEtag(next);
      customer.billingProfile = next;
      if (staged && stagedId) {
        customer.companyProfile = withRegistrationNumber(
          customer.companyProfile,
          staged.organizationRegistrationNumber,
        );
        stagedCompanyChanges.delete(stagedId);
      }
      return Response.json(billingProfileOf(customer.id, next), {
        headers: { ETag: `"${next.attributes.etag}"` },
      });
    },
    { action: 'customers.update' },
  ),

  route(
    'post',
    '/v1/customers',
    async ({ request }) => {
      const body = (await readJsonBody(request)) as Partial<Customer> | undefined;
      const billing = body?.billingProfile;
      const address = billing?.defaultAddress;
      const domain = body?.companyProfile?.domain?.trim().toLowerCase();
      const missing: { field: string; message: string }[] = [];
      if (!domain) missing.push({ field: 'companyProfile.domain', message: 'The domain is required.' });
      if (!billing?.email) missing.push({ field: 'billingProfile.email', message: 'The email is required.' });
      if (!billing?.companyName)
        missing.push({ field: 'billingProfile.companyName', message: 'The company name is required.' });
      if (!address?.country || address.country.length !== 2)
        missing.push({
          field: 'billingProfile.defaultAddress.country',
          message: 'The country must be a two-letter ISO code.',
        });
      if (!address?.addressLine1)
        missing.push({
          field: 'billingProfile.defaultAddress.addressLine1',
          message: 'The address is required.',
        });
      if (!address?.city)
        missing.push({ field: 'billingProfile.defaultAddress.city', message: 'The city is required.' });
      if (!address?.postalCode)
        missing.push({
          field: 'billingProfile.defaultAddress.postalCode',
          message: 'The postal code is required.',
        });
      if (!address?.firstName)
        missing.push({
          field: 'billingProfile.defaultAddress.firstName',
          message: 'The first name is required.',
        });
      if (!address?.lastName)
        missing.push({
          field: 'billingProfile.defaultAddress.lastName',
          message: 'The last name is required.',
        });
      const registrationNumber = body?.companyProfile?.organizationRegistrationNumber ?? '';
      const screening = screeningFieldErrors({
        country: address?.country ?? '',
        organizationRegistrationNumber: registrationNumber,
        phoneNumber: address?.phoneNumber,
      });
      if (missing.length > 0 || screening.length > 0 || !billing || !address || !domain) {
        // A screening problem names the error (600049/600050/600051); `data` carries every problem.
        const all = [...missing, ...screening];
        return pcError({
          status: 400,
          code: screening[0]?.code ?? 800002,
          errorName: 'InvalidInput',
          description: all.map((m) => m.message).join(' '),
          data: all,
        });
      }
      const fullDomain = onMicrosoftDomain(domain);
      if (domainInUse(fullDomain)) {
        return pcError({
          status: 409,
          code: 1002,
          errorName: 'DomainAlreadyExists',
          description: `The domain ${fullDomain} is already in use.`,
          data: [{ field: 'companyProfile.domain', message: `The domain ${fullDomain} is already in use.` }],
        });
      }
      const id = newGuid();
      const customer: Customer = {
        id,
        commerceId: newGuid(),
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: true,
        companyProfile: {
          tenantId: id,
          domain: fullDomain,
          companyName: billing.companyName,
          ...(registrationNumber ? { organizationRegistrationNumber: registrationNumber } : {}),
          attributes: { objectType: 'CustomerCompanyProfile' },
        },
        billingProfile: {
          id: newGuid(),
          email: billing.email ?? '',
          culture: canonicalCulture(billing.culture ?? 'en-US'),
          language: (billing.language ?? 'en').toLowerCase(),
          companyName: billing.companyName ?? '',
          firstName: address.firstName,
          lastName: address.lastName,
          defaultAddress: withoutEmpty({ ...address }),
          attributes: { objectType: 'CustomerBillingProfile', etag: '' },
        },
        attributes: { objectType: 'Customer' },
      };
      if (customer.billingProfile) rotateEtag(customer.billingProfile);
      getDb().customers.push(customer);
      return Response.json(
        {
          ...customerResource(customer),
          relationshipToPartner: 'none',
          userCredentials: { userName: 'admin', password: newGuid().slice(0, 12) },
        },
        { status: 201 },
      );
    },
    // A retry with the same MS-RequestId gets this customer again, not a duplicate-domain 409.
    { action: 'customers.create', idempotent: true },
  ),
];
