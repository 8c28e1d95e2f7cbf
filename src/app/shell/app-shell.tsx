import { Button, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { Navigation24Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { mediumScreen, narrowScreen } from '@/components/narrow-screen';
import { apiMocking } from '@/lib/config';
import { DevPanel } from './dev-panel';
import { HeaderButtonText } from './header-button-text';
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
    [narrowScreen]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'auto auto 1fr',
      gridTemplateAreas: '"top" "nav" "main"',
    },
  },
  top: {
    gridArea: 'top',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalL}`,
    minHeight: '48px',
    [narrowScreen]: { padding: `0 ${tokens.spacingHorizontalS}`, gap: tokens.spacingHorizontalXS },
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    position: 'relative',
  },
  product: {
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: 'none',
    marginRight: 'auto',
    whiteSpace: 'nowrap',
  },
  // A phone's header holds the menu toggle and five tools beside the name: at its desktop size the
  // name broke onto two lines at 390 px. It still may on a narrower phone rather than overflow.
  productName: { [narrowScreen]: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  // Only a phone's layout folds the navigation away; on a wide screen there is nothing to toggle.
  menuToggle: {
    display: 'none',
    color: tokens.colorNeutralForegroundOnBrand,
    // Fluent's transparent button turns brand-coloured on hover: on the brand bar it would vanish.
    ':hover': { color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand },
    [narrowScreen]: { display: 'inline-flex', minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS },
  },
  tools: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXXS,
    flexWrap: 'wrap',
    // The tool buttons show icons only (see HeaderButtonText): they drop the width kept for words.
    [mediumScreen]: { '& .fui-Button': { minWidth: 'auto' } },
    // Icons only on a phone (see HeaderButtonText): the buttons drop the width kept for words.
    // On one row there: wrapped, the five icons made a two-row block beside the product's name.
    [narrowScreen]: {
      flexWrap: 'nowrap',
      gap: tokens.spacingHorizontalXXS,
      '& .fui-Button': { minWidth: 'auto', paddingInline: tokens.spacingHorizontalXXS },
    },
  },
  nav: { gridArea: 'nav', display: 'flex', flexDirection: 'column' },
  navFolded: { [narrowScreen]: { display: 'none' } },
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

const sideNavId = 'side-nav';

/** Holds a page's place while its chunk loads (on a first visit, in place of the page's route). */
export function PageSpinner() {
  const { t } = useTranslation('shell');
  return <Spinner label={t('progress')} />;
}

export function AppShell() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const navigation = useNavigation();
  const location = useLocation();
  // Opened for the page it was opened on: following one of its links folds it away again.
  const [navOpenAt, setNavOpenAt] = useState<string | null>(null);
  const navOpen = navOpenAt === location.key;
  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>
        {t('skipToContent')}
      </a>
      <header className={styles.top}>
        <Button
          appearance="transparent"
          className={styles.menuToggle}
          icon={<Navigation24Regular />}
          aria-expanded={navOpen}
          aria-controls={sideNavId}
          onClick={() => setNavOpenAt(navOpen ? null : location.key)}
        >
          <HeaderButtonText>{t('nav.toggle')}</HeaderButtonText>
        </Button>
        <Link to="/" className={styles.product}>
          <Text size={500} weight="semibold" className={styles.productName}>
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
      <div id={sideNavId} className={mergeClasses(styles.nav, !navOpen && styles.navFolded)}>
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
