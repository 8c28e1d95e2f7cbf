import type { Meta } from '@storybook/react-vite';
import { pageStory } from '../support/page-story';
import { expect, pageHeading, screen, shellReady, userEvent, waitFor, within } from '../support/play';

/** The partner's activity log (activity-route) and the bulk user import (user-import-route). */
export default { title: 'Pages/Activity and import' } satisfies Meta;

export const ActivityLog = pageStory('/activity', {
  play: async () => {
    await pageHeading('Activity log');
    await shellReady();
  },
});

export const UserImport = pageStory('/settings/account/users/import', {
  play: async () => {
    await pageHeading(/Import users/i);
    await shellReady();
  },
});

/** A file as a reviewer would choose it: two good rows, one existing user, one with two problems. */
const importFile = () =>
  new File(
    [
      [
        'firstName,lastName,email,commercialRoles,developerRoles',
        'Grace,Hopper,grace.hopper@woodgrovecloud.com,SalesAgent,',
        'Alan,Turing,alan.turing@woodgrovecloud.com,Admin agent;HelpdeskAgent,Developer',
        'Ana,Ruiz,ana.ruiz@woodgrovecloud.com,GlobalAdmin,',
        'Linus,Pauling,grace.hopper@woodgrovecloud.com,Wizard,',
      ].join('\n'),
    ],
    'users.csv',
    { type: 'text/csv' },
  );

async function chooseImportFile() {
  await pageHeading(/Import users/i);
  // The file step shows once the signed-in user's permissions are known.
  const input = await screen.findByLabelText('CSV file');
  await waitFor(() => expect(screen.queryByText(/Loading your current users/)).toBeNull());
  await userEvent.upload(input, importFile());
  await screen.findByText('users.csv: 4 rows, 2 ready, 2 with problems.');
}

export const UserImportPreviewWithProblems = pageStory('/settings/account/users/import', {
  play: async () => {
    await chooseImportFile();
    const table = screen.getByRole('table', { name: 'Rows of the file' });
    await expect(within(table).getByText('Already a user')).toBeVisible();
    await expect(within(table).getByText('Unknown role: Wizard')).toBeVisible();
    await expect(within(table).getByText(/^Same email as line \d+ of this file$/)).toBeVisible();
  },
});

export const UserImportFinished = pageStory('/settings/account/users/import', {
  play: async () => {
    await chooseImportFile();
    await userEvent.click(screen.getByRole('button', { name: 'Create users (2)' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Create 2 users?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Create users' }));
    await screen.findByText(
      'Import finished: 2 created, 0 refused, 2 skipped because of problems.',
      undefined,
      { timeout: 20_000 },
    );
  },
});

/** The import's writes, as the activity log records them (the seed starts the log empty). */
export const ActivityLogAfterAnImport = pageStory('/settings/account/users/import', {
  // The created users' ids are new on every run.
  unstableText: ['^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'],
  play: async () => {
    await chooseImportFile();
    await userEvent.click(screen.getByRole('button', { name: 'Create users (2)' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Create 2 users?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Create users' }));
    await screen.findByText(/^Import finished/, undefined, { timeout: 20_000 });
    await userEvent.click(screen.getByRole('link', { name: 'Activity log' }));
    await pageHeading('Activity log');
    const table = await screen.findByRole('table', { name: 'Activity records' });
    await waitFor(() => expect(within(table).getAllByText('User added')).toHaveLength(2));
  },
});

export const ActivityLogFrench = pageStory('/activity', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Journal d’activité');
    await shellReady();
  },
});

export const UserImportFrench = pageStory('/settings/account/users/import', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Importer des utilisateurs');
    await screen.findByLabelText('Fichier CSV');
    await shellReady();
  },
});
