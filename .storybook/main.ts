import type { StorybookConfig } from '@storybook/react-vite';

/**
 * The component workshop. Stories live in `stories/` (outside `src/`), so the literal-string test
 * and the architecture lint keep guarding only the app. Vite reads the app's own vite.config.ts
 * (the `@/` alias, the React plugin); `public/` serves MSW's service worker.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
