import type { Meta } from '@storybook/react-vite';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import { expect, pageHeading, screen, shellReady, userEvent, waitFor, within } from '../support/play';

/**
 * The workspace's Qualifications tab (customer-qualifications-route): the qualification-table and
 * the request-qualification-form.
 */
export default { title: 'Pages/Customers/Customer qualifications' } satisfies Meta;

const adatum = customer('adatumedu');

export const NoneYet = pageStory(`/customers/${adatum}/qualifications`, {
  play: async () => {
    await pageHeading(/Adatum/);
    await screen.findByRole('tab', { name: 'Qualifications' });
    await shellReady();
  },
});

export const NoneYetFrench = pageStory(`/customers/${adatum}/qualifications`, {
  locale: 'fr',
  play: async () => {
    await pageHeading(/Adatum/);
    await screen.findByRole('tab', { name: 'Qualifications', selected: true });
    await screen.findByText(/^Qualifications spéciales que Microsoft vérifie/);
    // The list itself, once loaded: the sentence when there is none, else the table. (The request
    // form's field is also called "Qualification", so a bare text match is ambiguous.)
    await waitFor(() =>
      expect(
        screen.queryByText(/n’a aucune qualification spéciale\.$/) ??
          screen.queryByRole('columnheader', { name: 'Qualification' }),
      ).not.toBeNull(),
    );
    await shellReady();
  },
});

/** GCC chosen: the partner's validation codes under the field, each with what it has left. */
export const GccCodes = pageStory(`/customers/${adatum}/qualifications`, {
  play: async () => {
    await pageHeading(/Adatum/);
    const form = await screen.findByRole('form', { name: 'Request a qualification' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Government Community Cloud (GCC)' }));
    const codes = await within(form).findByRole('region', { name: 'Your GCC validation codes' });
    await within(codes).findByRole('button', { name: 'Use 30588' });
    await shellReady();
  },
});

export const GccCodesFrench = pageStory(`/customers/${adatum}/qualifications`, {
  locale: 'fr',
  play: async () => {
    await pageHeading(/Adatum/);
    const form = await screen.findByRole('form', { name: 'Demander une qualification' });
    await userEvent.click(within(form).getByRole('radio', { name: /Government Community Cloud/ }));
    const codes = await within(form).findByRole('region', { name: 'Vos codes de validation GCC' });
    await within(codes).findByRole('button', { name: 'Utiliser 30571' });
    await shellReady();
  },
});
