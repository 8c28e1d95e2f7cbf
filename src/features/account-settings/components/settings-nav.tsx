import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronUp20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useNavItemStyles } from '@/components/nav-item-styles';

const base = '/settings/account';

interface Entry {
  to: string;
  label: string;
  /** Which paths this entry stands for (the user page belongs to Users). */
  matches: (path: string) => boolean;
}

// Where the settings layout stacks the navigation above the page (see settings-layout.tsx).
const stacked = '@media (max-width: 900px)';

const useStyles = makeStyles({
  nav: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingRight: tokens.spacingHorizontalM,
    [stacked]: { borderRight: 'none', paddingRight: 0 },
  },
  // Stacked, the eight entries came before the page itself: on a phone its heading started below
  // the fold. There they fold behind a button that names the current section.
  toggle: { display: 'none', [stacked]: { display: 'inline-flex' } },
  folded: { [stacked]: { display: 'none' } },
  groups: { [stacked]: { marginTop: tokens.spacingVerticalS } },
  group: { marginBottom: tokens.spacingVerticalL },
  heading: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
});

function NavGroup({ heading, entries, path }: { heading: string; entries: Entry[]; path: string }) {
  const styles = useStyles();
  const navItem = useNavItemStyles();
  const headingId = useId();
  return (
    <div className={styles.group}>
      <Text id={headingId} weight="semibold" size={200} className={styles.heading}>
        {heading}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {entries.map((entry) => {
          const current = entry.matches(path);
          return (
            <li key={entry.to}>
              <Link
                to={entry.to}
                aria-current={current ? 'page' : undefined}
                className={mergeClasses(navItem.item, styles.link, current && navItem.current)}
              >
                {entry.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The account-settings hierarchy: Organization profile and User management, each entry its own URL. */
export function SettingsNav() {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const location = useLocation();
  const path = location.pathname.replace(/\/+$/, '');
  const groupsId = useId();
  // Opened for the page it was opened on, as the main navigation: following an entry folds it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const groupsPath = `${base}/users/groups`;
  const appsPath = `${base}/users/apps`;
  const organization: Entry[] = [
    { to: `${base}/legal`, label: t('nav.legal'), matches: under(`${base}/legal`) },
    { to: `${base}/tenants`, label: t('nav.tenants'), matches: under(`${base}/tenants`) },
    { to: `${base}/identifiers`, label: t('nav.identifiers'), matches: under(`${base}/identifiers`) },
  ];
  const users: Entry[] = [
    {
      to: `${base}/users`,
      label: t('nav.users'),
      matches: (p) => under(`${base}/users`)(p) && !under(groupsPath)(p) && !under(appsPath)(p),
    },
    { to: groupsPath, label: t('nav.groups'), matches: under(groupsPath) },
    { to: appsPath, label: t('nav.applications'), matches: under(appsPath) },
  ];
  const current = [...organization, ...users].find((entry) => entry.matches(path));
  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={open ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
        iconPosition="after"
        aria-expanded={open}
        aria-controls={groupsId}
        onClick={() => setOpenAt(open ? null : location.key)}
      >
        {current ? t('nav.sectionsAt', { section: current.label }) : t('nav.sections')}
      </Button>
      <div id={groupsId} className={mergeClasses(styles.groups, !open && styles.folded)}>
        <NavGroup heading={t('nav.organizationProfile')} entries={organization} path={path} />
        <NavGroup heading={t('nav.userManagement')} entries={users} path={path} />
      </div>
    </nav>
  );
}
