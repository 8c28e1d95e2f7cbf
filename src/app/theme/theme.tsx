import { FluentProvider, type Theme } from '@fluentui/react-components';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { webLightTheme } from './web-light-theme';

export const themePreferences = ['system', 'light', 'dark', 'highContrast'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export type ResolvedTheme = Exclude<ThemePreference, 'system'>;

const storageKey = 'pd.theme';
const fluentThemes: Partial<Record<ResolvedTheme, Theme>> = { light: webLightTheme };
let darkThemesLoading: Promise<void> | undefined;

/** The dark and high-contrast themes come in their own chunk, fetched the first time one is needed. */
function loadDarkThemes(): Promise<void> {
  darkThemesLoading ??= import('./dark-themes').then(({ dark, highContrast }) => {
    fluentThemes.dark = dark;
    fluentThemes.highContrast = highContrast;
  });
  return darkThemesLoading;
}

function storedPreference(): ThemePreference {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return (themePreferences as readonly string[]).includes(stored ?? '')
      ? (stored as ThemePreference)
      : 'system';
  } catch {
    return 'system';
  }
}

/** A media query as React state (false where matchMedia does not exist, as in jsdom). */
function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = globalThis.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => globalThis.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

/**
 * "Follow the system" reads Windows' forced colors first (the high-contrast theme, whose colours
 * the system then overrides anyway), then the light/dark preference.
 */
function systemTheme(forcedColors: boolean, dark: boolean): ResolvedTheme {
  if (forcedColors) return 'highContrast';
  return dark ? 'dark' : 'light';
}

function useSystemTheme(): ResolvedTheme {
  return systemTheme(useMediaQuery('(forced-colors: active)'), useMediaQuery('(prefers-color-scheme: dark)'));
}

// A visitor whose theme is not the light one gets its chunk requested now, beside the first page's.
if (typeof window !== 'undefined') {
  const preference = storedPreference();
  const matches = (query: string) => globalThis.matchMedia?.(query).matches ?? false;
  const initial =
    preference === 'system'
      ? systemTheme(matches('(forced-colors: active)'), matches('(prefers-color-scheme: dark)'))
      : preference;
  if (initial !== 'light') void loadDarkThemes();
}

/**
 * The theme on screen: the resolved one once its chunk is here. A switch keeps the previous theme
 * until then; on the first render there is none, and nothing is shown rather than a flash of light.
 */
function useAppliedTheme(resolved: ResolvedTheme): ResolvedTheme | undefined {
  const [shown, setShown] = useState(() => (fluentThemes[resolved] ? resolved : undefined));
  const [, setArrivals] = useState(0);
  const ready = fluentThemes[resolved] !== undefined;
  // Remembered during render (not in an effect) so that the next switch keeps it on screen.
  if (ready && shown !== resolved) setShown(resolved);
  useEffect(() => {
    if (ready) return undefined;
    let current = true;
    void loadDarkThemes().then(() => {
      if (current) setArrivals((count) => count + 1);
    });
    return () => {
      current = false;
    };
  }, [ready]);
  return ready ? resolved : shown;
}

interface ThemeState {
  preference: ThemePreference;
  resolved: ResolvedTheme;
  setPreference: (next: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeState | null>(null);

/** The theme the user chose (or the system's), persisted; `useTheme` reads and changes it. */
export function ThemedFluentProvider({ children }: { children: ReactNode }) {
  const [preference, setStored] = useState<ThemePreference>(storedPreference);
  const system = useSystemTheme();
  const resolved = preference === 'system' ? system : preference;
  const setPreference = useCallback((next: ThemePreference) => {
    setStored(next);
    try {
      globalThis.localStorage?.setItem(storageKey, next);
    } catch {
      // Storage unavailable: the choice lasts for this visit.
    }
  }, []);
  const applied = useAppliedTheme(resolved);
  // Native parts outside React (scrollbars, form controls' defaults) follow the theme too.
  useEffect(() => {
    if (typeof document === 'undefined' || !applied) return;
    document.documentElement.style.colorScheme = applied === 'light' ? 'light' : 'dark';
    document.documentElement.dataset.theme = applied;
  }, [applied]);
  const value = useMemo(
    () => ({ preference, resolved, setPreference }),
    [preference, resolved, setPreference],
  );
  return (
    <ThemeContext.Provider value={value}>
      {applied ? <FluentProvider theme={fluentThemes[applied]}>{children}</FluentProvider> : null}
    </ThemeContext.Provider>
  );
}

export function useTheme(): ThemeState {
  const state = useContext(ThemeContext);
  if (!state) throw new Error('useTheme needs ThemedFluentProvider above it.');
  return state;
}
