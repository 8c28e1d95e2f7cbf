import type { Meta } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  expect,
  pageHeading,
  screen,
  shellReady,
  userEvent,
  waitFor,
  stillLoading,
  renewalsScanned,
  within,
} from '../support/play';

/** Home (home-route): the counts and the latest announcements. */
export default { title: 'Pages/Home' } satisfies Meta;

export const Loaded = pageStory('/', {
  play: async () => {
    await pageHeading('Home');
    await screen.findByText('40');
    await screen.findByText('318');
    await screen.findByRole('heading', { name: 'Latest announcements' });
    await shellReady();
    await screen.findByRole('link', { name: /^Buy SaaS offers/ });
    await renewalsScanned();
  },
});

export const Loading = pageStory('/', {
  // A slow API: the page's loader keeps the shell's progress bar up.
  faults: { extraLatencyMs: 600_000 },
  play: async () => {
    await stillLoading();
  },
});

/** The signed-in user has not answered yet: the cards (which depend on the role) wait, saying so. */
export const SignedInUserStillLoading = pageStory('/', {
  msw: [
    http.get('*/v1/me', async () => {
      await delay('infinite');
    }),
  ],
  play: async () => {
    await pageHeading('Home');
    await screen.findByText('Loading…', { selector: '[role="status"]' });
    await expect(screen.queryByRole('heading', { name: 'Latest announcements' })).not.toBeInTheDocument();
  },
});

let latestAnnouncementsAsked = false;
/**
 * The signed-in user has not answered: the latest announcements are asked for anyway (Home's
 * route loader; every role may read them), so the card fills in as soon as the role is known.
 */
export const AnnouncementsAskedBeforeTheSignedInUser = pageStory('/', {
  msw: [
    http.get('*/v1/me', async () => {
      await delay('infinite');
    }),
    http.get('*/v1/announcements', () => {
      latestAnnouncementsAsked = true;
      return undefined;
    }),
  ],
  play: async () => {
    await pageHeading('Home');
    await waitFor(() => expect(latestAnnouncementsAsked).toBe(true));
    await screen.findByText('Loading…', { selector: '[role="status"]' });
  },
});
/**
 * One count that has not answered yet: its card keeps a skeleton in the figure's place while every
 * other figure, the renewals and the announcements are already shown.
 */
export const OneCountStillLoading = pageStory('/', {
  msw: [
    http.get('*/v1/users', async ({ request }) => {
      if (new URL(request.url).searchParams.get('size') !== '1') return undefined;
      await delay('infinite');
      return undefined;
    }),
  ],
  play: async () => {
    await pageHeading('Home');
    await screen.findByText('40');
    await shellReady();
    const users = (await screen.findByRole('heading', { name: 'Users in your organization' })).closest(
      '.fui-Card',
    ) as HTMLElement;
    await expect(within(users).getByLabelText('Loading…')).toBeVisible();
    await expect(within(users).getByRole('link', { name: 'Manage users' })).toBeVisible();
    await screen.findByRole('link', { name: /^Buy SaaS offers/ });
    await waitFor(() => expect(screen.queryAllByText(/^Scanning \d+ of/)).toHaveLength(0), {
      timeout: 30_000,
    });
  },
});

export const ServerError500WithRetry = pageStory('/', {
  faults: { serverErrors: true },
  // React Router reports the error its boundary renders.
  expectedConsoleErrors: ['An unexpected error occurred in the service'],
  play: async () => {
    await pageHeading('This page could not be shown');
    await alertWithText('An unexpected error occurred in the service');
    await expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
});

export const NetworkDown = pageStory('/', {
  faults: { networkFailure: true },
  expectedConsoleErrors: ['The service could not be reached'],
  play: async () => {
    await pageHeading('This page could not be shown');
    await alertWithText('The service could not be reached');
  },
});

export const DeveloperOnlyUser = pageStory('/', {
  role: 'developer',
  play: async () => {
    await pageHeading(/./);
    await shellReady();
    await waitFor(() => expect(screen.getByRole('button', { name: /Finn Okafor/ })).toBeVisible());
    await screen.findByRole('link', { name: /^Buy SaaS offers/ });
    await renewalsScanned();
  },
});

export const SwitchingToFrench = pageStory('/', {
  play: async () => {
    await pageHeading('Home');
    await userEvent.click(await screen.findByRole('button', { name: /^Language/ }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    await pageHeading('Accueil');
    await shellReady();
    // The latest announcements are fetched again in French.
    await screen.findByRole('link', { name: /^Achetez les offres SaaS/ });
    await renewalsScanned();
  },
});

export const French = pageStory('/', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Accueil');
    await screen.findByText('318');
    await shellReady();
    await screen.findByRole('link', { name: /^Achetez les offres SaaS/ });
    await renewalsScanned();
  },
});

/** The shell's theme switch, set to Dark (the choice is kept for the next visit). */
export const DarkTheme = pageStory('/', {
  play: async () => {
    await pageHeading('Home');
    await shellReady();
    await userEvent.click(screen.getByRole('button', { name: 'Theme: Follow the system' }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'Dark' }));
    await screen.findByRole('button', { name: 'Theme: Dark' });
    await screen.findByRole('heading', { name: 'Latest announcements' });
    await screen.findByRole('link', { name: /^Buy SaaS offers/ });
    await renewalsScanned();
  },
});

/** The shell's theme switch, set to High contrast (Fluent's high-contrast theme). */
export const HighContrastTheme = pageStory('/', {
  play: async () => {
    await pageHeading('Home');
    await shellReady();
    await userEvent.click(screen.getByRole('button', { name: 'Theme: Follow the system' }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'High contrast' }));
    await screen.findByRole('button', { name: 'Theme: High contrast' });
    // The high-contrast theme arrives in its own chunk on first use.
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('highContrast'));
    await screen.findByRole('heading', { name: 'Latest announcements' });
    await screen.findByRole('link', { name: /^Buy SaaS offers/ });
    await renewalsScanned();
  },
});
