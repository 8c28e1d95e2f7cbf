import { teamsHighContrastTheme, webDarkTheme, type Theme } from '@fluentui/react-components';

// Only visitors who use the dark or the high-contrast theme download these (about 4 KB gzip).
export const dark = webDarkTheme;

/**
 * Fluent's high-contrast theme is Teams' and brings Teams' font stack, which puts `system-ui`
 * before any named fallback: where Segoe UI is missing, the app changed typeface with the theme
 * (DejaVu Sans on Linux, wide enough that the French header took two rows at 1,280 px). The three
 * themes share the web themes' stack; with Segoe UI installed nothing changes.
 */
export const highContrast: Theme = { ...teamsHighContrastTheme, fontFamilyBase: webDarkTheme.fontFamilyBase };
