import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { expect, pageHeading, screen, shellReady, userEvent, within } from '../support/play';

/**
 * The header's menus, open (language-menu, theme-menu, settings-menu and user-menu, each with its
 * body loaded on first use through deferred-menu), over the quietest page there is. The shell's
 * other parts (side-nav, header-button-text, app-shell) frame every page story.
 */
export default { title: 'Pages/Shell menus' } satisfies Meta;

const quietPage = '/no/such/page';

async function openMenu(trigger: RegExp) {
  await pageHeading(/.+/);
  await shellReady();
  await userEvent.click(screen.getByRole('button', { name: trigger }));
  return screen.findByRole('menu');
}

export const LanguageMenu = pageStory(quietPage, {
  play: async () => {
    const menu = await openMenu(/^Language: English$/);
    await expect(within(menu).getByRole('menuitemradio', { name: 'English' })).toBeChecked();
    await expect(within(menu).getByRole('menuitemradio', { name: 'Français' })).not.toBeChecked();
  },
});

export const ThemeMenu = pageStory(quietPage, {
  play: async () => {
    const menu = await openMenu(/^Theme: Follow the system$/);
    await expect(within(menu).getByRole('menuitemradio', { name: 'Follow the system' })).toBeChecked();
    for (const theme of ['Light', 'Dark', 'High contrast']) {
      await expect(within(menu).getByRole('menuitemradio', { name: theme })).not.toBeChecked();
    }
  },
});

export const SettingsMenu = pageStory(quietPage, {
  play: async () => {
    const menu = await openMenu(/^Settings$/);
    await within(menu).findByRole('menuitem', { name: 'Account settings' });
  },
});

/** Every demo user by name and role, the signed-in one checked, and the reset of the demo data. */
export const UserMenu = pageStory(quietPage, {
  play: async () => {
    const menu = await openMenu(/^Signed in as Ana Ruiz/);
    await expect(await within(menu).findByRole('menuitemradio', { name: /^Ana Ruiz/ })).toBeChecked();
    await expect(within(menu).getAllByRole('menuitemradio').length).toBeGreaterThan(1);
    await within(menu).findByRole('menuitem', { name: 'Reset demo data' });
  },
});

export const UserMenuFrench = pageStory(quietPage, {
  locale: 'fr',
  play: async () => {
    const menu = await openMenu(/^Connecté en tant que Ana Ruiz/);
    await within(menu).findByRole('menuitem', { name: 'Réinitialiser les données de démonstration' });
  },
});
