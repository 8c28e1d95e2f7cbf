import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigation } from 'react-router';
import { apiMocking } from '@/lib/config';
import { DevPanel } from './dev-panel';
import { LanguageMenu } from './language-menu';
import { SettingsMenu } from './settings-menu';
import { SideNav } from './side-nav';
import { ThemeMenu } from './theme-menu';
import { ThrottleNotice } from './throttle-notice';
import { UserMenu } from './user-menu';
import './global.css';

const AppToaster = lazy(() => import('./app-toaster'));
const NavigationProgress = lazy(() => import('./navigation-progress'));


const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    gridTemplateColumns: '240px minmax(0, 1fr)',
    gridTemplateAreas: '"top top" "nav main"',
    minHeight: '100vh',
    '@media (max-width: 720px)': { gridTemplateColumns: '1fr', gridTemplateAreas: '"top" "nav" "main"' },
  },
  top: {
    gridArea: 'top',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalL}`,
    minHeight: '48px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    position: 'relative',
  },
  product: { color: tokens.colorNeutralForegroundOnBrand, textDecoration: 'none', marginRight: 'auto' },
  tools: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXXS,
    flexWrap: 'wrap',
  },
  nav: { gridArea: 'nav', display: 'flex', flexDirection: 'column' },
  main: {
    gridArea: 'main',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalS,
      zIndex: 10,
      padding: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
});

/** Holds a page's place while its chunk loads (on a first visit, in place of the page's route). */
export function PageSpinner() {
  const { t } = useTranslation('shell');
  return <Spinner label={t('progress')} />;
}

export function AppShell() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const navigation = useNavigation();
  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>
        {t('skipToContent')}
      </a>
      <header className={styles.top}>
        <Link to="/" className={styles.product}>
          <Text size={500} weight="semibold">
            {t('productName')}
          </Text>
        </Link>
        <div className={styles.tools}>
          {apiMocking ? <DevPanel /> : null}
          <LanguageMenu />
          <ThemeMenu />
          <SettingsMenu />
          <UserMenu />
        </div>
        {navigation.state === 'loading' ? (
          <Suspense fallback={null}>
            <NavigationProgress />
          </Suspense>
        ) : null}
      </header>
      <div className={styles.nav}>
        <SideNav />
      </div>
      <main id="main" className={styles.main} tabIndex={-1}>
        <ThrottleNotice />
        {/* A page's strings arrive with its chunk; until then a spinner holds its place. */}
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        <AppToaster />
      </Suspense>
    </div>
  );
}
