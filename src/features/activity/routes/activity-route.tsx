import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ActivityFilterBar } from '../components/activity-filters';
import { ActivityLog } from '../components/activity-log';
import { useActivityFilters } from '../use-activity-filters';
import { activityHeading } from '../page-headings';

/** `/activity`: the partner's whole activity log. */
export function Component() {
  const { t } = useTranslation('activity');
  const [filters, update] = useActivityFilters();
  return (
    <>
      <PageHeader title={t(activityHeading.title)} description={t(activityHeading.description)} />
      <ActivityFilterBar filters={filters} update={update} showCustomer />
      <ActivityLog filters={filters} showCustomer />
    </>
  );
}
