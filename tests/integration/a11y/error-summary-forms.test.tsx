import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

/**
 * Every form of the app, submitted with a problem: focus moves to the error summary at its top,
 * which links to the field. (error-summary.test.tsx covers the new-customer form and the partner
 * profile in depth; this walks the rest.)
 */

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);

interface FormCase {
  name: string;
  url: string;
  /** Opens the form (a dialog) and makes it invalid; returns the element that holds the form. */
  prepare: (user: UserEvent) => Promise<HTMLElement>;
  submit: string;
  /** A field the summary must link to. */
  field: RegExp;
}

async function openDialog(user: UserEvent, button: string, title: string) {
  await user.click(await screen.findByRole('button', { name: button }, { timeout: 15_000 }));
  return screen.findByRole('dialog', { name: title });
}

async function clearField(user: UserEvent, scope: HTMLElement, name: RegExp) {
  const field = await within(scope).findByRole('textbox', { name }, { timeout: 15_000 });
  await user.clear(field);
}

const forms: FormCase[] = [
  {
    name: 'customer account',
    url: `/customers/${customer('northwindtraders')}/account`,
    prepare: async (user) => {
      const form = await screen.findByRole('form', { name: 'Billing profile' }, { timeout: 15_000 });
      await clearField(user, form, /^City/);
      return form;
    },
    submit: 'Save',
    field: /^City/,
  },
  {
    name: 'agreement acceptance',
    url: `/customers/${customer('sakuraprecision')}/agreements`,
    prepare: () => screen.findByRole('form', { name: 'Confirm customer acceptance' }, { timeout: 15_000 }),
    submit: 'Confirm customer acceptance',
    field: /first name/,
  },
  {
    name: 'qualification request',
    url: `/customers/${customer('sakuraprecision')}/qualifications`,
    prepare: () => screen.findByRole('form', { name: 'Request a qualification' }, { timeout: 15_000 }),
    submit: 'Request qualification',
    field: /^Qualification/,
  },
  {
    name: 'legal business profile',
    url: '/settings/account/legal',
    prepare: async (user) => {
      const form = await screen.findByRole('form', { name: 'Legal business profile' }, { timeout: 15_000 });
      await clearField(user, form, /^Legal company name/);
      return form;
    },
    submit: 'Save',
    field: /^Legal company name/,
  },
  {
    name: 'partner billing profile',
    url: '/settings/account/legal',
    prepare: async (user) => {
      const form = await screen.findByRole('form', { name: 'Billing profile' }, { timeout: 15_000 });
      await clearField(user, form, /^Postal code/);
      return form;
    },
    submit: 'Save',
    field: /^Postal code/,
  },
  {
    name: 'support profile',
    url: '/settings/account/legal',
    prepare: async (user) => {
      const form = await screen.findByRole('form', { name: 'Support profile' }, { timeout: 15_000 });
      await clearField(user, form, /^Support email/);
      return form;
    },
    submit: 'Save',
    field: /^Support email/,
  },
  {
    name: 'add location',
    url: '/settings/account/legal',
    prepare: (user) => openDialog(user, 'Add location', 'Add a location'),
    submit: 'Save',
    field: /.+/,
  },
  {
    name: 'add user',
    url: '/settings/account/users',
    prepare: (user) => openDialog(user, 'Add user', 'Add a user'),
    submit: 'Add user',
    field: /^First name/,
  },
  {
    name: 'create group',
    url: '/settings/account/users/groups',
    prepare: (user) => openDialog(user, 'Create group', 'Create a group'),
    submit: 'Create group',
    field: /.+/,
  },
  {
    name: 'add application',
    url: '/settings/account/users/apps',
    prepare: (user) => openDialog(user, 'Add application', 'Add an Azure AD application'),
    submit: 'Add application',
    field: /.+/,
  },
  {
    name: 'associate tenant',
    url: '/settings/account/tenants',
    prepare: async (user) => {
      const buttons = await screen.findAllByRole(
        'button',
        { name: 'Associate a tenant' },
        { timeout: 15_000 },
      );
      await user.click(buttons[0] as HTMLElement);
      return screen.findByRole('dialog', { name: 'Associate an Azure AD tenant' });
    },
    submit: 'Associate',
    field: /.+/,
  },
];

describe('every form puts focus on its error summary after a failed submit', { timeout: 60_000 }, () => {
  it.each(forms)('$name', async ({ url, prepare, submit, field }) => {
    const { user } = renderApp(url);
    const scope = await prepare(user);
    await user.click(within(scope).getByRole('button', { name: submit }));
    const summary = await within(scope).findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getAllByRole('link', { name: field })[0];
    expect(link).toBeDefined();
  });
});
