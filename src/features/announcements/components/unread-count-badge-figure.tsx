import { CounterBadge } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { monthsQuery } from '../api';

/** The badge itself, in its own chunk: the shell's first paint has no count to show yet. */
export default function UnreadCountFigure({ id }: { id: string }) {
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
