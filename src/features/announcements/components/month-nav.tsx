import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnnouncementMonth } from '@/lib/api-types/announcements';
import { useFormatters } from '@/lib/locale';
import { monthDate } from '../use-feed-filters';
import { useNavItemStyles } from '@/components/nav-item-styles';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    '@media (max-width: 960px)': { flexDirection: 'row', flexWrap: 'wrap' },
  },
  link: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  meta: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  // On the current month's highlight (HighlightText on Highlight in high contrast).
  metaCurrent: { color: 'inherit' },
});

/** 2020's months, newest first; the filters travel along so a search can be repeated month to month. */
export function MonthNav({
  months,
  current,
  search,
}: {
  months: AnnouncementMonth[];
  current: string;
  search: string;
}) {
  const { t } = useTranslation('announcements');
  const format = useFormatters();
  const styles = useStyles();
  const navItem = useNavItemStyles();
  return (
    <nav aria-label={t('months.label')}>
      <ul className={styles.list}>
        {months.map((month) => {
          const isCurrent = month.id === current;
          return (
            <li key={month.id}>
              <Link
                to={{ pathname: `/announcements/${month.id}`, search }}
                aria-current={isCurrent ? 'page' : undefined}
                className={mergeClasses(navItem.item, styles.link, isCurrent && navItem.current)}
              >
                <span>{format.date(monthDate(month.id), { month: 'long', year: 'numeric' })}</span>
                <Text size={200} className={mergeClasses(styles.meta, isCurrent && styles.metaCurrent)}>
                  {t('months.entries', { count: month.count })}
                  {month.unreadCount > 0 ? ` · ${t('months.unread', { count: month.unreadCount })}` : null}
                </Text>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
