import type { Meta } from '@storybook/react-vite';
import { http } from 'msw';
import { seededGuid } from '@/mocks/db/seed-ids';
import { pcError } from '@/mocks/http';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  dialogNamed,
  expect,
  pageHeading,
  screen,
  shellReady,
  userEvent,
  within,
} from '../support/play';

/**
 * The account settings pages in their layout (settings-layout): legal-route, tenants-route,
 * identifiers-route, users-route, user-route, groups-route, group-route and apps-route. Tenants,
 * identifiers, groups and applications share one list layout (settings-table-page); the legal and
 * billing profiles one set of address fields (address-fields).
 */
export default { title: 'Pages/Account settings' } satisfies Meta;

const readOnly = 'Only a Global admin or an Account admin can change these settings; you can view them.';

async function loaded(title: string | RegExp) {
  await pageHeading(title);
  await shellReady();
}

export const LegalInfo = pageStory('/settings/account/legal', {
  play: async () => {
    await loaded('Legal info');
    await screen.findByRole('heading', { name: 'Legal business profile' });
    await screen.findByRole('heading', { name: 'Company locations' });
  },
});

export const LegalInfoReadOnlyForSalesAgent = pageStory('/settings/account/legal', {
  role: 'salesAgent',
  play: async () => {
    await loaded('Legal info');
    await screen.findByText(readOnly);
  },
});

export const LegalInfoServerError500WithRetry = pageStory('/settings/account/legal', {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
  },
});

/** One profile unreadable, the others as usual: its message stands where its form would be. */
export const LegalInfoSupportProfileUnavailable = pageStory('/settings/account/legal', {
  msw: [
    http.get('*/v1/profiles/support', () =>
      pcError({
        status: 500,
        code: 500,
        errorName: 'ServerError',
        description: 'The support service is down.',
      }),
    ),
  ],
  play: async () => {
    await loaded('Legal info');
    await alertWithText('The support profile could not be loaded.');
    await screen.findByRole('form', { name: 'Billing profile' });
  },
});

/** A billing save refused because someone saved the profile first (412): entries kept, reload offered. */
export const LegalInfoBillingSavedElsewhere = pageStory('/settings/account/legal', {
  msw: [
    http.put('*/v1/profiles/billing', () =>
      pcError({
        status: 412,
        code: 2055,
        errorName: 'PreconditionFailed',
        description: 'The profile was changed by someone else since you loaded it.',
      }),
    ),
  ],
  play: async () => {
    await loaded('Legal info');
    const form = await screen.findByRole('form', { name: 'Billing profile' });
    const city = await within(form).findByRole('textbox', { name: /^City/ });
    await userEvent.clear(city);
    await userEvent.type(city, 'Lyon');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await within(form).findByRole('alert', { name: /Changed elsewhere/ });
    await expect(city).toHaveValue('Lyon');
  },
});

export const LegalInfoFrench = pageStory('/settings/account/legal', {
  locale: 'fr',
  play: async () => {
    await loaded('Informations légales');
  },
});

export const AddLocationDialog = pageStory('/settings/account/legal', {
  play: async () => {
    await loaded('Legal info');
    // As for the add-user dialog: the page's full height before the dialog's scroll lock.
    await screen.findByRole('table', { name: 'Company locations' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add location' }));
    await dialogNamed('Add a location');
  },
});

export const Tenants = pageStory('/settings/account/tenants', {
  play: async () => {
    await loaded('Tenants');
    await screen.findByRole('table');
  },
});

export const TenantsReadOnlyForSalesAgent = pageStory('/settings/account/tenants', {
  role: 'salesAgent',
  play: async () => {
    await loaded('Tenants');
    await screen.findByText(readOnly);
  },
});

export const TenantsFrench = pageStory('/settings/account/tenants', {
  locale: 'fr',
  play: async () => loaded('Locataires'),
});

export const Identifiers = pageStory('/settings/account/identifiers', {
  play: async () => loaded('Identifiers'),
});

export const IdentifiersFrench = pageStory('/settings/account/identifiers', {
  locale: 'fr',
  play: async () => loaded('Identificateurs'),
});

export const Users = pageStory('/settings/account/users', {
  play: async () => {
    await loaded('Users');
    await screen.findByRole('table');
  },
});

export const UsersReadOnlyForSalesAgent = pageStory('/settings/account/users', {
  role: 'salesAgent',
  play: async () => {
    await loaded('Users');
    await screen.findByText(readOnly);
    await expect(screen.queryByRole('button', { name: 'Add user' })).toBeNull();
  },
});

export const UsersAddUserDialog = pageStory('/settings/account/users', {
  play: async () => {
    await loaded('Users');
    // The dialog's scroll lock only applies to a page taller than the window, so the list must be
    // in before it opens, or the picture depends on which came first.
    await screen.findByText('1–25 of 318 users');
    await userEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    await dialogNamed('Add a user');
  },
});

export const UsersServerError500WithRetry = pageStory('/settings/account/users', {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
  },
});

export const UsersFrench = pageStory('/settings/account/users', {
  locale: 'fr',
  play: async () => loaded('Utilisateurs'),
});

export const User = pageStory('/settings/account/users/user-devon-sales-agent', {
  play: async () => loaded('Devon Lee'),
});

export const UserReadOnlyForSalesAgent = pageStory('/settings/account/users/user-chloe-admin-agent', {
  role: 'salesAgent',
  play: async () => {
    await loaded('Chloé Martin');
    await screen.findByText(readOnly);
  },
});

export const UserFrench = pageStory('/settings/account/users/user-devon-sales-agent', {
  locale: 'fr',
  play: async () => loaded('Devon Lee'),
});

export const Groups = pageStory('/settings/account/users/groups', {
  play: async () => {
    await loaded('Groups');
    await screen.findByRole('table');
  },
});

export const GroupsCreateDialog = pageStory('/settings/account/users/groups', {
  play: async () => {
    await loaded('Groups');
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    await dialogNamed('Create a group');
  },
});

export const GroupsFrench = pageStory('/settings/account/users/groups', {
  locale: 'fr',
  play: async () => loaded('Groupes'),
});

/** A group's own page, opened from the groups table like a person would. */
export const Group = pageStory('/settings/account/users/groups', {
  play: async () => {
    await loaded('Groups');
    const table = await screen.findByRole('table');
    const first = table.querySelector('tbody a') as HTMLElement;
    const name = first.textContent ?? '';
    await userEvent.click(first);
    await pageHeading(name);
    await shellReady();
  },
});

export const Apps = pageStory('/settings/account/users/apps', {
  play: async () => loaded('Azure AD applications'),
});

export const AppsReadOnlyForSalesAgent = pageStory('/settings/account/users/apps', {
  role: 'salesAgent',
  play: async () => {
    await loaded('Azure AD applications');
    await screen.findByText(readOnly);
  },
});

export const AppsFrench = pageStory('/settings/account/users/apps', {
  locale: 'fr',
  play: async () => loaded('Applications Azure AD'),
});

export const GroupMembers = pageStory(`/settings/account/users/groups/${seededGuid('group:billing')}`, {
  play: async () => {
    await pageHeading('Billing team');
    await shellReady();
  },
});
