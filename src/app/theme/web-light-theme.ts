// The production build replaces this module with the finished theme object (vite.config.ts,
// prebuiltLightTheme), so the entry does not carry Fluent's whole colour palette to compute it.
export { webLightTheme } from '@fluentui/react-components';
