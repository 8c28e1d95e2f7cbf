import { HttpResponse } from 'msw';
import {
  agreementErrorCodes,
  type Agreement,
  type AgreementDocument,
  type AgreementMetaData,
  type AgreementType,
  type CustomerQualification,
  type DirectSignedCustomerAgreementStatus,
} from '@/lib/api-types/agreements';
import { now } from '@/lib/clock';
import { agreementRequestSchema, qualificationRequestSchema, sameContact } from '@/lib/compliance-rules';
import { newGuid } from '@/lib/ids';
import {
  agreementMetadata,
  agreementTemplateLanguages,
  defaultVettingOutcome,
  vettingDelayMs,
  vettingFixtures,
} from '../data/compliance';
import { qualificationsOf, signedMcaDirectly } from '../compliance';
import { getDb } from '../db/database';
import { validationCodeETag, type StoredQualification } from '../db/compliance';
import { collection, pcError, readJsonBody, route } from '../http';
import { validateBody } from '../validation';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };

/**
 * `agreementType` as Partner Center reads it: absent means MicrosoftCloudAgreement (backward
 * compatibility), `*` means every type, an unknown type matches nothing.
 */
function typeFilter(url: URL): (type: AgreementType) => boolean {
  const requested = url.searchParams.get('agreementType');
  if (requested === '*') return () => true;
  const wanted = requested ?? 'MicrosoftCloudAgreement';
  return (type) => type.toLowerCase() === wanted.toLowerCase();
}

/** The documented 600061 body (its HTTP status is undocumented; 409 Conflict is our choice). */
function agreementAlreadyExists() {
  const description = 'A partner confirmed agreement already exists for the customer.';
  return HttpResponse.json(
    {
      code: agreementErrorCodes.alreadyExists,
      message: description,
      description,
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
      isRetryable: false,
      parameters: {},
      errorMessageExtended: `InternalErrorCode=${agreementErrorCodes.alreadyExists}`,
      data: [],
      source: 'PartnerFD',
    },
    { status: 409 },
  );
}

const toUtc = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : new Date(value).toISOString();

/** 400 InvalidInput naming the one field at fault, as the form shows it at that field. */
function invalidField(field: string, code: string, description: string) {
  return pcError({
    status: 400,
    code: 800002,
    errorName: 'InvalidInput',
    description,
    data: [{ field, code, message: description }],
  });
}

/** What the API shows of a stored qualification: the documented fields only. */
function publicQualification(item: StoredQualification): CustomerQualification {
  return {
    qualification: item.qualification,
    ...(item.vettingStatus ? { vettingStatus: item.vettingStatus } : {}),
    ...(item.vettingReason ? { vettingReason: item.vettingReason } : {}),
    ...(item.vettingCreateDate ? { vettingCreateDate: item.vettingCreateDate } : {}),
  };
}

function prefixOf(domain: string): string {
  return domain.replace(/\.onmicrosoft\.com$/i, '');
}

const documentLinkLifetimeMs = 5 * 60_000;

/**
 * The template's links in one country and language. Every country has the en-US template. The
 * country code is case-sensitive, as documented; one that is not two capital letters is refused
 * (the documentation gives no answer for it: 400 InvalidInput is ours). The links point at a
 * reserved documentation host: the mock has no Word documents to serve.
 */
function agreementDocument(template: AgreementMetaData, url: URL) {
  const country = url.searchParams.get('country') ?? 'US';
  if (!/^[A-Z]{2}$/.test(country)) {
    return invalidField(
      'country',
      'InvalidCountry',
      `"${country}" is not a country code. Country codes are two capital letters (US, FR).`,
    );
  }
  const published = agreementTemplateLanguages[country];
  const requested = url.searchParams.get('language')?.toLowerCase();
  const language = published?.find((candidate) => candidate.toLowerCase() === requested) ?? 'en-US';
  const expires = new Date(now().getTime() + documentLinkLifetimeMs).toISOString();
  const signature = newGuid();
  const path = `${template.templateId}/${country}/${language}`;
  const query = `expires=${encodeURIComponent(expires)}&sig=${signature}`;
  const document: AgreementDocument = {
    displayUri: `https://agreements.partner-dashboard.example/preview/${path}?${query}`,
    downloadUri: `https://agreements.partner-dashboard.example/download/${path}.docx?${query}`,
    language,
    country,
  };
  return Response.json(document);
}

export const agreementHandlers = [
  route<{ templateId: string }>('get', '/v1/agreementtemplates/:templateId/document', ({ params, url }) => {
    // The template id is case-sensitive, as documented.
    const template = agreementMetadata.find((item) => item.templateId === params.templateId);
    if (!template) {
      return pcError({
        status: 404,
        code: 1000,
        description: `Agreement template ${params.templateId} was not found. Read its id from GET /v1/agreements.`,
      });
    }
    return agreementDocument(template, url);
  }),

  route('get', '/v1/agreements', ({ url }) => {
    const matches = typeFilter(url);
    return Response.json(
      collection(
        agreementMetadata.filter((item) => matches(item.agreementType)),
        url,
      ),
    );
  }),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/agreements',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const matches = typeFilter(url);
      const items = (getDb().agreements[params.customerId] ?? []).filter((item) => matches(item.type));
      return Response.json(collection(items, url));
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'post',
    '/v1/customers/:customerId/agreements',
    async ({ params, request, caller }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const checked = validateBody(agreementRequestSchema(now), await readJsonBody(request));
      if (!checked.ok) return checked.response;
      const input = checked.value;
      const template = agreementMetadata.find(
        (item) => item.agreementType === input.type && item.templateId === input.templateId,
      );
      if (!template) {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: `Template ${input.templateId} is not a ${input.type} template. Read it from GET /v1/agreements?agreementType=${input.type}.`,
          data: [{ field: 'templateId', code: 'invalid', message: 'This value is not valid.' }],
        });
      }
      const existing = (getDb().agreements[params.customerId] ??= []);
      const contact = {
        firstName: input.primaryContact.firstName,
        lastName: input.primaryContact.lastName,
        email: input.primaryContact.email,
        ...(input.primaryContact.phoneNumber ? { phoneNumber: input.primaryContact.phoneNumber } : {}),
      };
      if (existing.some((item) => item.type === input.type && sameContact(item.primaryContact, contact))) {
        return agreementAlreadyExists();
      }
      const agreement: Agreement = {
        userId: caller.id,
        primaryContact: contact,
        templateId: template.templateId,
        dateAgreed: toUtc(input.dateAgreed),
        type: input.type,
        agreementLink: template.agreementLink,
      };
      existing.push(agreement);
      return Response.json(agreement, { status: 201 });
    },
    { action: 'agreements.create', idempotent: true },
  ),

  // No links or attributes: the documented answer is the one property.
  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/directSignedMicrosoftCustomerAgreementStatus',
    ({ params }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      return Response.json({
        isSigned: signedMcaDirectly(customer.id),
      } satisfies DirectSignedCustomerAgreementStatus);
    },
    { action: 'customers.read' },
  ),

  // The partner's GCC validation codes, a bare array too; `all` stands for the partner, not a customer.
  route('get', '/v1/customers/all/validations', () => Response.json(getDb().gccValidationCodes), {
    action: 'customers.read',
  }),

  // A bare JSON array, as documented (no Collection wrapper).
  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/qualifications',
    ({ params }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      return Response.json(qualificationsOf(params.customerId).map(publicQualification));
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'post',
    '/v1/customers/:customerId/qualifications',
    async ({ params, request, url }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      // The GCC validation code may also come as `?code=`, as the documented request sends it.
      const body = (await readJsonBody(request)) as Record<string, unknown> | undefined;
      const codeInQuery = url.searchParams.get('code');
      const checked = validateBody(
        qualificationRequestSchema,
        body?.validationCode === undefined && codeInQuery ? { ...body, validationCode: codeInQuery } : body,
      );
      if (!checked.ok) return checked.response;
      const input = checked.value;
      const list = (getDb().customerQualifications[customer.id] ??= []);
      const current = qualificationsOf(customer.id).find(
        (item) => item.qualification === input.qualification,
      );
      // A qualification once granted (or being vetted) cannot be overridden; a denied one may be asked again.
      if (current && current.vettingStatus !== 'Denied') {
        return invalidField(
          'qualification',
          'QualificationAlreadyExists',
          `The customer already has the ${input.qualification} qualification${current.vettingStatus === 'InReview' ? ' in review' : ''}.`,
        );
      }
      const code =
        input.qualification === 'GovernmentCommunityCloud'
          ? getDb().gccValidationCodes.find((item) => item.validationId === input.validationCode)
          : undefined;
      // A code that is not the partner's is let through: how Partner Center answers one is not
      // documented, and a real code may come from outside this demo's list.
      if (code && code.remainingCreates === 0) {
        return invalidField(
          'validationCode',
          'invalid',
          `Validation code ${code.validationId} has no creates left (${code.maxCreates ?? 0} used).`,
        );
      }
      const at = now();
      if (code?.remainingCreates !== undefined) {
        code.remainingCreates -= 1;
        code.eTag = validationCodeETag(at.toISOString());
      }
      let stored: StoredQualification;
      if (input.qualification === 'StateOwnedEntity') {
        stored = { qualification: 'StateOwnedEntity' };
      } else {
        const outcome =
          vettingFixtures[prefixOf(customer.companyProfile.domain)]?.[input.qualification] ??
          defaultVettingOutcome[input.qualification];
        stored = {
          qualification: input.qualification,
          vettingStatus: 'InReview',
          vettingCreateDate: at.toISOString(),
          ...(input.educationSegment ? { educationSegment: input.educationSegment } : {}),
          ...(input.website ? { website: input.website } : {}),
          ...(input.validationCode ? { validationCode: input.validationCode } : {}),
          pending: { ...outcome, decidesAt: new Date(at.getTime() + vettingDelayMs).toISOString() },
        };
      }
      const index = list.findIndex((item) => item.qualification === input.qualification);
      if (index >= 0) list[index] = stored;
      else list.push(stored);
      return Response.json(publicQualification(stored), { status: 201 });
    },
    { action: 'qualifications.create', idempotent: true },
  ),
];
