import { useParams } from 'react-router';
import { useActivityFilters } from '../use-activity-filters';
import { ActivityFilterBar } from './activity-filters';
import { ActivityLog } from './activity-log';

/**
 * A customer's activity, to sit in the customer workspace as its Activity tab (the host gives the
 * heading): the same log and filters as `/activity`, fixed to this customer.
 */
export function CustomerActivityPanel({ customerId }: { customerId?: string }) {
  const params = useParams();
  const id = customerId ?? params.customerId ?? '';
  const [filters, update] = useActivityFilters(id);
  return (
    <>
      <ActivityFilterBar filters={filters} update={update} showCustomer={false} />
      <ActivityLog filters={filters} showCustomer={false} />
    </>
  );
}
