import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { useCan } from '@/lib/auth';
import { legalProfileQuery, partnerProfileQuery } from '../api/profile';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { LegalBusinessForm } from '../components/legal-business-form';
import { LocationsSection } from '../components/locations-section';
import { LoadingBlock } from '@/components/page-state';
import { PartnerProfileForm } from '../components/partner-profile-form';
import { ReadOnlyNotice } from '@/components/read-only-notice';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

export function Component() {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const canEdit = useCan('account.update');
  const legal = useQuery(legalProfileQuery());
  const partner = useQuery(partnerProfileQuery());
  // One guard for the page (a router allows one blocker): either form being dirty counts.
  const [legalDirty, setLegalDirty] = useState(false);
  const [partnerDirty, setPartnerDirty] = useState(false);
  const onLegalDirty = useCallback((dirty: boolean) => setLegalDirty(dirty), []);
  const onPartnerDirty = useCallback((dirty: boolean) => setPartnerDirty(dirty), []);
  const ready = canEdit !== undefined;

  return (
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.organizationProfile'), to: '/settings/account/legal' },
          { label: t('legal.title') },
        ]}
      />
      <PageHeader title={t('legal.title')} description={t('legal.description')} />
      <UnsavedChangesGuard when={legalDirty || partnerDirty} />
      <div className={styles.sections}>
        {canEdit === false ? <ReadOnlyNotice message={t('readOnly')} /> : null}
        {legal.error ? <ErrorState error={legal.error} onRetry={() => void legal.refetch()} /> : null}
        {legal.isPending || !ready ? <LoadingBlock rows={6} /> : null}
        {legal.data && ready ? (
          <LegalBusinessForm
            key={legal.data.attributes.etag}
            profile={legal.data}
            canEdit={canEdit}
            onDirtyChange={onLegalDirty}
          />
        ) : null}
        <Divider />
        {partner.error ? <ErrorState error={partner.error} onRetry={() => void partner.refetch()} /> : null}
        {partner.isPending || !ready ? <LoadingBlock rows={4} /> : null}
        {partner.data && ready ? (
          <PartnerProfileForm profile={partner.data} canEdit={canEdit} onDirtyChange={onPartnerDirty} />
        ) : null}
        <Divider />
        {ready ? <LocationsSection canEdit={canEdit} /> : null}
      </div>
    </>
  );
}
