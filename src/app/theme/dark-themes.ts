// Only visitors who use the dark or the high-contrast theme download these (about 4 KB gzip).
export { teamsHighContrastTheme as highContrast, webDarkTheme as dark } from '@fluentui/react-components';
