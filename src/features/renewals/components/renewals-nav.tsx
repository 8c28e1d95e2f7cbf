import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} 0`,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { color: tokens.colorBrandForeground1 },
  },
  active: {
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -3px 0 ${tokens.colorBrandForeground1}`,
  },
});

/** The three renewals views share one scan; these links move between them. */
export function RenewalsNav() {
  const { t } = useTranslation('renewals');
  const styles = useStyles();
  const links = [
    { to: '/renewals', label: t('nav.renewals'), end: true },
    { to: '/renewals/alignment', label: t('nav.alignment'), end: false },
    { to: '/renewals/cancellable', label: t('nav.cancellable'), end: false },
  ];
  return (
    <nav aria-label={t('nav.label')}>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              end={link.end}
              className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
            >
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
