import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { defaultDemoUserId } from '@/lib/session';
import { demoUserIds } from '@/mocks/db/partner-users';
import { withApp, workshopLoader } from './workshop';

// Pages load lazily and the shared CI machine is slow: waiting is not asserting on time.
configure({ asyncUtilTimeout: 10_000 });

/** The demo users of the mock's seed, by the role each one demonstrates (toolbar chrome, English only). */
const demoRoles: Record<string, string> = {
  'user-ana-global-admin': 'Ana Ruiz · Global admin',
  'user-ben-account-admin': 'Ben Carter · Account admin',
  'user-chloe-admin-agent': 'Chloé Martin · Admin agent',
  'user-devon-sales-agent': 'Devon Lee · Sales agent',
  'user-eva-helpdesk-agent': 'Eva Novak · Helpdesk agent',
  'user-finn-developer': 'Finn Okafor · Developer only',
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the app',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    role: {
      description: 'Signed-in demo user (their role decides what the mock API allows)',
      toolbar: {
        title: 'Signed in as',
        icon: 'user',
        items: demoUserIds.map((id) => ({ value: id, title: demoRoles[id] ?? id })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', role: defaultDemoUserId },
  loaders: [workshopLoader],
  decorators: [withApp],
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { date: /Date$/i } },
    a11y: {
      // Fluent's focus-trap helpers (aria-hidden with tabindex) are not our markup; the
      // Playwright suite excludes them too.
      context: { exclude: ['[data-tabster-dummy]'] },
      // Only violations are collected in full: axe then skips detailing every passing node,
      // which halves its time per story (the panel still lists the rules that passed).
      options: { resultTypes: ['violations'] },
      test: 'error',
    },
  },
};

export default preview;
