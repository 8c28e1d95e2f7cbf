import { CounterBadge } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsQuery } from '../api';

function Badge({ id }: { id: string }) {
  const { t } = useTranslation('announcements');
  const { data } = useQuery(monthsQuery());
  const unread = data?.reduce((sum, month) => sum + month.unreadCount, 0) ?? 0;
  return (
    <>
      {unread > 0 ? (
        <CounterBadge count={unread} overflowCount={99} color="brand" size="small" aria-hidden />
      ) : null}
      {/* Hidden, so it stays out of the link's name; a description may still point at it. */}
      <span id={id} hidden>
        {unread > 0 ? t('nav.unread', { count: unread }) : null}
      </span>
    </>
  );
}

/**
 * The unread count for the navigation. The visible figure is hidden from assistive technology;
 * the hidden text with `id` says the same in words: point the link's `aria-describedby` at it,
 * so the link keeps its plain name ("Announcements") and the count is read as its description.
 */
export function UnreadCountBadge({ id }: { id: string }) {
  // The feature's strings load lazily: the shell must not wait for them.
  return (
    <Suspense fallback={null}>
      <Badge id={id} />
    </Suspense>
  );
}
