import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  BoxMultiple24Regular,
  History24Regular,
  Home24Regular,
  ArrowRepeatAll24Regular,
  Megaphone24Regular,
  People24Regular,
  Settings24Regular,
} from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UnreadCountBadge } from '@/features/announcements';
import { useCan } from '@/lib/auth';
import { useNavItemStyles } from '@/components/nav-item-styles';

const useStyles = makeStyles({
  nav: {
    flexGrow: 1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  label: { flexGrow: 1 },
});

interface NavEntry {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
  badge?: ReactNode;
  /** Id of the badge's text equivalent, read as the link's description rather than its name. */
  describedBy?: string;
}

const unreadBadgeId = 'nav-announcements-unread';

export function SideNav() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const navItem = useNavItemStyles();
  // The activity log answers only the admins who may read it; others are not offered the entry.
  const canReadActivity = useCan('activity.read');
  const entries: NavEntry[] = [
    { to: '/', label: t('nav.home'), icon: <Home24Regular />, end: true },
    { to: '/customers', label: t('nav.customers'), icon: <People24Regular /> },
    { to: '/catalog', label: t('nav.catalog'), icon: <BoxMultiple24Regular /> },
    { to: '/renewals', label: t('nav.renewals'), icon: <ArrowRepeatAll24Regular /> },
    {
      to: '/announcements',
      label: t('nav.announcements'),
      icon: <Megaphone24Regular />,
      badge: <UnreadCountBadge id={unreadBadgeId} />,
      describedBy: unreadBadgeId,
    },
    ...(canReadActivity ? [{ to: '/activity', label: t('nav.activity'), icon: <History24Regular /> }] : []),
    { to: '/settings/account', label: t('nav.accountSettings'), icon: <Settings24Regular /> },
  ];
  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink
              to={entry.to}
              end={entry.end ?? false}
              aria-describedby={entry.describedBy}
              className={({ isActive }) =>
                mergeClasses(navItem.item, styles.link, isActive && navItem.current)
              }
            >
              {entry.icon}
              <span className={styles.label}>{entry.label}</span>
              {entry.badge}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
