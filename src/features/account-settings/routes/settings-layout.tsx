import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet } from 'react-router';
import { SettingsNav } from '../components/settings-nav';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '220px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: '1fr' },
  },
  content: { minWidth: 0 },
});

/** Account settings: its own left navigation beside whichever settings page is open. */
export function Component() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SettingsNav />
      <div className={styles.content}>
        <Outlet />
      </div>
    </div>
  );
}
