import { queryOptions } from '@tanstack/react-query';
import { api, type Collection } from '@/lib/api-client';
import type {
  Agreement,
  AgreementContact,
  AgreementMetaData,
  CustomerQualification,
  DirectSignedCustomerAgreementStatus,
  QualificationRequest,
  ValidationCode,
} from '@/lib/api-types/agreements';
import { customerKeys } from './api';

export const complianceKeys = {
  mcaMetadata: () => ['agreements', 'metadata', 'MicrosoftCustomerAgreement'] as const,
  agreements: (customerId: string) => [...customerKeys.detail(customerId), 'agreements'] as const,
  directSignStatus: (customerId: string) =>
    [...customerKeys.detail(customerId), 'agreements', 'directSign'] as const,
  qualifications: (customerId: string) => [...customerKeys.detail(customerId), 'qualifications'] as const,
  gccValidationCodes: () => ['gccValidationCodes'] as const,
};

const customerPath = (customerId: string) => `/v1/customers/${encodeURIComponent(customerId)}`;

/** The MCA template (id and link): the form never lets anyone type a template id. */
export const mcaMetadataQuery = () =>
  queryOptions({
    queryKey: complianceKeys.mcaMetadata(),
    queryFn: ({ signal }) =>
      api
        .get<Collection<AgreementMetaData>>('/v1/agreements', {
          signal,
          query: { agreementType: 'MicrosoftCustomerAgreement' },
        })
        .then((collection) => collection.items[0] ?? null),
    staleTime: 60 * 60_000,
  });

export const customerAgreementsQuery = (customerId: string) =>
  queryOptions({
    queryKey: complianceKeys.agreements(customerId),
    queryFn: ({ signal }) =>
      api
        .get<Collection<Agreement>>(`${customerPath(customerId)}/agreements`, {
          signal,
          query: { agreementType: 'MicrosoftCustomerAgreement' },
        })
        .then((collection) => collection.items),
  });

/** Whether the customer accepted the agreement itself, which makes a partner's attestation unnecessary. */
export const directSignStatusQuery = (customerId: string) =>
  queryOptions({
    queryKey: complianceKeys.directSignStatus(customerId),
    queryFn: ({ signal }) =>
      api
        .get<DirectSignedCustomerAgreementStatus>(
          `${customerPath(customerId)}/directSignedMicrosoftCustomerAgreementStatus`,
          { signal },
        )
        .then((status) => status.isSigned),
  });

export const confirmAgreement = (
  customerId: string,
  input: { primaryContact: AgreementContact; templateId: string; dateAgreed: string },
) =>
  api.post<Agreement>(`${customerPath(customerId)}/agreements`, {
    ...input,
    type: 'MicrosoftCustomerAgreement',
  });

/** How often an open vetting is checked again: the answer comes from Microsoft, not from the page. */
export const vettingPollMs = 2_000;

export const customerQualificationsQuery = (customerId: string) =>
  queryOptions({
    queryKey: complianceKeys.qualifications(customerId),
    queryFn: ({ signal }) =>
      api.get<CustomerQualification[]>(`${customerPath(customerId)}/qualifications`, { signal }),
    refetchInterval: (query) =>
      query.state.data?.some((item) => item.vettingStatus === 'InReview') ? vettingPollMs : false,
  });

export const requestQualification = (customerId: string, input: QualificationRequest) =>
  api.post<CustomerQualification>(`${customerPath(customerId)}/qualifications`, input);

/** The partner's GCC validation codes, offered in the GCC request form. */
export const gccValidationCodesQuery = () =>
  queryOptions({
    queryKey: complianceKeys.gccValidationCodes(),
    queryFn: ({ signal }) => api.get<ValidationCode[]>('/v1/customers/all/validations', { signal }),
  });
