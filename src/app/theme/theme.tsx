import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
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

export const themePreferences = ['system', 'light', 'dark', 'highContrast'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export type ResolvedTheme = Exclude<ThemePreference, 'system'>;

const storageKey = 'pd.theme';
const fluentThemes: Record<ResolvedTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

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
function useSystemTheme(): ResolvedTheme {
  const forcedColors = useMediaQuery('(forced-colors: active)');
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  if (forcedColors) return 'highContrast';
  return dark ? 'dark' : 'light';
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
  // Native parts outside React (scrollbars, form controls' defaults) follow the theme too.
  useEffect(() => {
    if (typeof document === 'undefined') return;
    document.documentElement.style.colorScheme = resolved === 'light' ? 'light' : 'dark';
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  const value = useMemo(
    () => ({ preference, resolved, setPreference }),
    [preference, resolved, setPreference],
  );
  return (
    <ThemeContext.Provider value={value}>
      <FluentProvider theme={fluentThemes[resolved]}>{children}</FluentProvider>
    </ThemeContext.Provider>
  );
}

export function useTheme(): ThemeState {
  const state = useContext(ThemeContext);
  if (!state) throw new Error('useTheme needs ThemedFluentProvider above it.');
  return state;
}
