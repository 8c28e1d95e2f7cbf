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
  // The app's chunk grouping (one file for its first render) means nothing in the workshop, whose
  // entry is Storybook's preview: leave its chunking to Storybook.
  viteFinal: (viteConfig) => {
    const output = viteConfig.build?.rolldownOptions?.output;
    if (output && !Array.isArray(output)) delete output.codeSplitting;
    return viteConfig;
  },
};

export default config;
