import type { StoryObj } from '@storybook/react-vite';
import type { RequestHandler } from 'msw';
import type { FaultSettings } from '@/mocks/faults';
import { finiteAnimationsDone } from '../../tests/support/animations';

/** The seeded demo users by the role they stand for (see src/mocks/db/partner-users.ts). */
export const demoUser = {
  globalAdmin: 'user-ana-global-admin',
  accountAdmin: 'user-ben-account-admin',
  adminAgent: 'user-chloe-admin-agent',
  salesAgent: 'user-devon-sales-agent',
  helpdeskAgent: 'user-eva-helpdesk-agent',
  developer: 'user-finn-developer',
} as const;

export type DemoRole = keyof typeof demoUser;

/** Story names come from the export name (Storybook's indexer reads them statically). */
export interface StoryOptions {
  /** Per-story overrides of the mock, for the state being shown only. */
  msw?: RequestHandler[];
  /** The mock's own fault switches (500s, dead network, throttling, latency). */
  faults?: Partial<FaultSettings>;
  /** Pins the toolbar's demo user for this story. */
  role?: DemoRole;
  /** Pins the toolbar's language for this story. */
  locale?: 'en' | 'fr';
  /** "Now" for the app and the mock (ISO date). */
  clock?: string;
  /** A component story's address in its memory router (e.g. `/?customer=…`). */
  url?: string;
  /** Console errors that are the state shown (e.g. a route error boundary's report). */
  expectedConsoleErrors?: string[];
  /** Text that changes on every run (regular expressions), masked in the page's picture. */
  unstableText?: string[];
  play?: StoryObj['play'];
}

type AnyStory = StoryObj<Record<string, unknown>>;

function storyFrom(workshop: Record<string, unknown>, options: StoryOptions): AnyStory {
  return {
    parameters: {
      workshop: {
        ...workshop,
        ...(options.faults ? { faults: options.faults } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.url ? { url: options.url } : {}),
        ...(options.expectedConsoleErrors ? { expectedConsoleErrors: options.expectedConsoleErrors } : {}),
        ...(options.unstableText ? { unstableText: options.unstableText } : {}),
      },
      ...(options.msw ? { msw: { handlers: options.msw } } : {}),
    },
    globals: {
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.role ? { role: demoUser[options.role] } : {}),
    },
    ...(options.play ? { play: settled(options.play) } : {}),
  };
}

/** The story's play, then the end of whatever it set in motion, so axe and the picture see the final state. */
function settled(play: NonNullable<StoryObj['play']>): NonNullable<StoryObj['play']> {
  return async (context) => {
    await play(context);
    await finiteAnimationsDone();
  };
}

/**
 * A page at a real URL through the real route tree, shell included:
 * `export const Empty = pageStory('/customers?q=nothing', { play: … })`.
 */
export function pageStory(route: string, options: StoryOptions = {}): AnyStory {
  return storyFrom({ route }, options);
}

/** Options for a component story (its `args` and `render` stay the story's own). */
export function componentStory<S extends { parameters?: object; globals?: object }>(
  story: S,
  options: StoryOptions = {},
): S {
  const base = storyFrom({}, options);
  const { play } = story as { play?: StoryObj['play'] };
  return {
    ...base,
    ...story,
    ...(play ? { play: settled(play) } : {}),
    parameters: { ...base.parameters, ...story.parameters },
    globals: { ...base.globals, ...story.globals },
  } as S;
}
