/** Sends the alignment fixes to Partner Center: the PATCH bodies it documents, nothing else. */
import type { Subscription } from '@/lib/api-types/catalog';
import { fetchCotermDates, patchSubscription } from '@/features/subscriptions';

export { scheduleCoterm } from '@/features/subscriptions';
import type { AlignmentIssue } from './alignment';

export type BulkFix = 'coterm' | 'autoRenewOff';

/** The coterm date Partner Center offers for the add-on's next term, aligned with its base. */
export async function cotermDateFromApi(
  customerId: string,
  issue: AlignmentIssue,
): Promise<string | undefined> {
  const dates = await fetchCotermDates(customerId, issue.addon, issue.base.id);
  return dates
    .find((item) => item.cotermSubscriptionIds?.includes(issue.base.id))
    ?.allowedCustomTermEndDate.slice(0, 10);
}

export function turnOffAutoRenew(customerId: string, subscription: Subscription) {
  return patchSubscription(customerId, subscription, { autoRenewEnabled: false });
}
