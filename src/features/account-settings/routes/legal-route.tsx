import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { LoadingBlock } from '@/components/page-state';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { useCan } from '@/lib/auth';
import {
  billingProfileQuery,
  legalProfileQuery,
  partnerProfileQuery,
  supportProfileQuery,
} from '../api/profile';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { BillingProfileForm } from '../components/billing-profile-form';
import { LegalBusinessForm } from '../components/legal-business-form';
import { LocationsSection } from '../components/locations-section';
import { PartnerProfileForm } from '../components/partner-profile-form';
import { SupportProfileForm } from '../components/support-profile-form';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

const profileForms = ['legal', 'partner', 'billing', 'support'] as const;
type ProfileForm = (typeof profileForms)[number];

/** One guard for the page (a router allows one blocker): any of its forms being dirty counts. */
function useDirtyForms() {
  const [dirty, setDirty] = useState<Partial<Record<ProfileForm, boolean>>>({});
  const reporters = useMemo(
    () =>
      Object.fromEntries(
        profileForms.map((name) => [
          name,
          (value: boolean) =>
            setDirty((current) => (current[name] === value ? current : { ...current, [name]: value })),
        ]),
      ) as Record<ProfileForm, (dirty: boolean) => void>,
    [],
  );
  return { anyDirty: Object.values(dirty).some(Boolean), reporters };
}

export function Component() {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const canEdit = useCan('account.update');
  const legal = useQuery(legalProfileQuery());
  const partner = useQuery(partnerProfileQuery());
  const billing = useQuery(billingProfileQuery());
  const support = useQuery(supportProfileQuery());
  const { anyDirty, reporters } = useDirtyForms();
  const editable = canEdit === true;
  const ready = canEdit !== undefined;
  // When the service is down every profile fails alike: one message says so, not one per form.
  // A profile that failed alone says so where its form would be.
  const failed = [legal, partner, billing, support].filter(
    (query) => query.error && query.data === undefined,
  );
  const section = <T,>(
    key: 'business' | 'partner' | 'billing' | 'support',
    query: UseQueryResult<T>,
    rows: number,
    form: (data: T) => ReactNode,
  ) => {
    // A failed refetch (a reload after a conflict, say) keeps the form it would otherwise replace.
    if (!query.error || query.data !== undefined) {
      return (
        <Fragment key={key}>
          {query.data === undefined || !ready ? <LoadingBlock rows={rows} /> : form(query.data)}
        </Fragment>
      );
    }
    return failed.length === 1 ? (
      <ErrorState
        key={key}
        error={query.error}
        title={t(`legal.${key}.loadFailed`)}
        onRetry={() => void query.refetch()}
      />
    ) : null;
  };
  const sections = [
    section('business', legal, 6, (profile) => (
      <LegalBusinessForm profile={profile} canEdit={editable} onDirtyChange={reporters.legal} />
    )),
    section('partner', partner, 4, (profile) => (
      <PartnerProfileForm profile={profile} canEdit={editable} onDirtyChange={reporters.partner} />
    )),
    section('billing', billing, 5, (profile) => (
      <BillingProfileForm profile={profile} canEdit={editable} onDirtyChange={reporters.billing} />
    )),
    section('support', support, 2, (profile) => (
      <SupportProfileForm profile={profile} canEdit={editable} onDirtyChange={reporters.support} />
    )),
    ready ? <LocationsSection key="locations" canEdit={editable} /> : null,
  ].filter((element) => element !== null);

  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.organizationProfile'), to: '/settings/account/legal' },
          { label: t('legal.title') },
        ]}
      />
      <PageHeader title={t('legal.title')} description={t('legal.description')} />
      <UnsavedChangesGuard when={anyDirty} />
      <div className={styles.sections}>
        {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
        {failed.length > 1 && failed[0] ? (
          <ErrorState
            error={failed[0].error}
            onRetry={() => failed.forEach((query) => void query.refetch())}
          />
        ) : null}
        {sections.map((element, index) => (
          <Fragment key={element.key}>
            {index > 0 ? <Divider /> : null}
            {element}
          </Fragment>
        ))}
      </div>
    </>
  );
}
