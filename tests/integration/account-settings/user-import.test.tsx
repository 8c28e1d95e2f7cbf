import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv-text';
import { getDb } from '@/mocks/db/database';
import { forbidden, pcError } from '@/mocks/http';
import { server } from '@/mocks/node';
import { renderApp, waitForShell } from '../../setup/render-app';
import { findDialog } from './support';

const header = 'firstName,lastName,email,commercialRoles,developerRoles';

function csvFile(lines: string[], name = 'users.csv') {
  return new File([[header, ...lines].join('\r\n')], name, { type: 'text/csv' });
}

/** Records every user-create request with its MS-RequestId. */
function recordCreates() {
  const creates: { email: string; requestId: string }[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/v1/users') return;
    void request
      .clone()
      .json()
      .then((body: { email: string }) =>
        creates.push({ email: body.email, requestId: request.headers.get('MS-RequestId') ?? '' }),
      );
  };
  server.events.on('request:start', listener);
  return creates;
}

async function openImport(options: Parameters<typeof renderApp>[1] = {}) {
  const view = renderApp('/settings/account/users/import', options);
  expect(await screen.findByRole('heading', { level: 1, name: 'Import users' })).toBeInTheDocument();
  return view;
}

async function choose(view: ReturnType<typeof renderApp>, file: File) {
  await view.user.upload(await screen.findByLabelText('CSV file'), file);
  return screen.findByRole('table', { name: 'Rows of the file' });
}

function rowOfLine(table: HTMLElement, line: number): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryAllByRole('cell')[0]?.textContent === String(line));
  if (!row) throw new Error(`No row for line ${line}`);
  return row;
}

/** The cell of a row under a column header, so a problem is checked at the cell it concerns. */
function cellOf(table: HTMLElement, line: number, column: string): HTMLElement {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  const index = headers.indexOf(column);
  const cell = within(rowOfLine(table, line)).getAllByRole('cell')[index];
  if (!cell) throw new Error(`No ${column} cell on line ${line}`);
  return cell;
}

async function confirmImport(view: ReturnType<typeof renderApp>, count: number) {
  await view.user.click(screen.getByRole('button', { name: `Create users (${count})` }));
  const dialog = await findDialog(`Create ${count} users?`);
  await view.user.click(within(dialog).getByRole('button', { name: 'Create users' }));
}

const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  server.events.removeAllListeners();
  Object.assign(URL, objectUrls);
});

describe('bulk user import', () => {
  it('marks each kind of bad row at its cell and sends nothing before the preview is confirmed', async () => {
    const creates = recordCreates();
    const view = await openImport();
    const table = await choose(
      view,
      csvFile([
        'Iris,Vega,iris.vega@contoso.com,AdminAgent;Billing admin,Developer',
        'Bad,Email,not-an-email,,',
        'Role,Typo,role.typo@contoso.com,SuperAdmin,Developer',
        'Same,Again,IRIS.VEGA@contoso.com,,',
        'Ana,Ruiz,ana.ruiz@woodgrovecloud.com,,',
        ',Nameless,nameless@contoso.com,,',
        'Dev,Mixup,dev.mixup@contoso.com,Developer,',
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('users.csv: 7 rows, 1 ready, 6 with problems.');
    expect(within(rowOfLine(table, 2)).getByText('Ready')).toBeInTheDocument();
    expect(cellOf(table, 3, 'Email')).toHaveTextContent('Enter a valid email address');
    expect(cellOf(table, 4, 'Commercial roles')).toHaveTextContent('Unknown role: SuperAdmin');
    expect(cellOf(table, 4, 'Developer roles')).not.toHaveTextContent('Unknown role');
    expect(cellOf(table, 5, 'Email')).toHaveTextContent('Same email as line 2 of this file');
    expect(cellOf(table, 6, 'Email')).toHaveTextContent('Already a user');
    expect(cellOf(table, 7, 'First name')).toHaveTextContent('This field is required.');
    // A developer role is not a commercial one: the column decides which list a name belongs to.
    expect(cellOf(table, 8, 'Commercial roles')).toHaveTextContent('Unknown role: Developer');
    for (const line of [3, 4, 5, 6, 7, 8]) {
      expect(within(rowOfLine(table, line)).getByText('Has problems')).toBeInTheDocument();
    }

    await view.user.click(screen.getByRole('checkbox', { name: 'Show only rows with problems' }));
    const filtered = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(within(filtered).getAllByRole('row')).toHaveLength(7);

    // Opening the confirmation and cancelling sends nothing.
    await view.user.click(screen.getByRole('button', { name: 'Create user (1)' }));
    const dialog = await findDialog('Create 1 user?');
    await view.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(creates).toEqual([]);
    expect(getDb().partnerUsers.some((u) => u.email === 'iris.vega@contoso.com')).toBe(false);
  });

  it('creates the valid rows, reports a row the API refuses and goes on, and downloads the results', async () => {
    let downloaded: Blob | undefined;
    // Take the file the page hands to the browser rather than a real object URL.
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        downloaded = blob;
        return 'blob:results';
      },
      revokeObjectURL: () => {},
    });
    const before = getDb().partnerUsers.length;
    const view = await openImport();
    await choose(
      view,
      csvFile([
        'Olga,Ivanova,olga.ivanova@contoso.com,SalesAgent,',
        'Taken,Later,taken.later@contoso.com,,Marketer',
        'Lars,Berg,lars.berg@contoso.com,,Developer',
        'Bad,Row,bad-row,,',
      ]),
    );
    // Someone else creates one of the file's users after the preview was checked: the API says 409.
    getDb().partnerUsers.push({
      ...getDb().partnerUsers[10]!,
      id: 'someone-else',
      email: 'taken.later@contoso.com',
    });
    await confirmImport(view, 3);

    expect(await screen.findByText(/Import finished: 2 created, 1 refused, 1 skipped/)).toBeInTheDocument();
    const results = screen.getByRole('table', { name: 'Import results' });
    expect(within(rowOfLine(results, 3)).getByText('Refused')).toBeInTheDocument();
    expect(rowOfLine(results, 3)).toHaveTextContent('This email is already in use by another user.');
    expect(within(rowOfLine(results, 2)).getByText('Created')).toBeInTheDocument();
    expect(within(rowOfLine(results, 4)).getByText('Created')).toBeInTheDocument();
    expect(within(rowOfLine(results, 5)).getByText('Skipped: problems in the file')).toBeInTheDocument();
    expect(rowOfLine(results, 5)).toHaveTextContent('Enter a valid email address, such as name@contoso.com.');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(getDb().partnerUsers).toHaveLength(before + 3);
    expect(getDb().partnerUsers.find((u) => u.email === 'lars.berg@contoso.com')).toMatchObject({
      commercialRoles: [],
      developerRoles: ['Developer'],
    });

    await view.user.click(screen.getByRole('button', { name: 'Download the results (CSV)' }));
    expect(downloaded).toBeDefined();
    const { rows } = parseCsv(await downloaded!.text());
    expect(rows.map((row) => [row.Line, row.Email, row.Result])).toEqual([
      ['2', 'olga.ivanova@contoso.com', 'Created'],
      ['3', 'taken.later@contoso.com', 'Refused'],
      ['4', 'lars.berg@contoso.com', 'Created'],
      ['5', 'bad-row', 'Skipped: problems in the file'],
    ]);
    expect(rows[1]?.Reason).toBe('This email is already in use by another user.');
    // A skipped row says why, as its cell did in the preview.
    expect(rows[3]?.Reason).toBe('Enter a valid email address, such as name@contoso.com.');
    expect(rows[0]?.['User ID']).toBe(
      getDb().partnerUsers.find((u) => u.email === 'olga.ivanova@contoso.com')?.id,
    );
  });

  it('says a row refused for the role in the interface language; any other 403 in the service’s words', async () => {
    // The admin's role is changed while the import runs: the first row is refused for the role,
    // the second by a rule this page has no text for.
    let answered = 0;
    server.use(
      http.post('*/v1/users', () => {
        answered += 1;
        return answered === 1
          ? forbidden('users.update')
          : pcError({
              status: 403,
              code: 900124,
              description: 'The partner has not accepted the agreement.',
            });
      }),
    );
    const view = await openImport();
    await choose(view, csvFile(['Mia,Kato,mia.kato@contoso.com,,', 'Noah,Lind,noah.lind@contoso.com,,']));
    await confirmImport(view, 2);
    expect(await screen.findByText(/Import finished: 0 created, 2 refused/)).toBeInTheDocument();
    const results = screen.getByRole('table', { name: 'Import results' });
    expect(rowOfLine(results, 2)).toHaveTextContent(
      'Your role does not allow this action. Ask a Global admin for a role that includes it.',
    );
    expect(rowOfLine(results, 3)).toHaveTextContent('The partner has not accepted the agreement.');
  });

  it('waits as long as a 429 asks, then resends the same row once', async () => {
    const creates = recordCreates();
    let throttled = false;
    server.use(
      http.post('*/v1/users', () => {
        if (throttled) return undefined;
        throttled = true;
        return HttpResponse.json(
          { statusCode: 429, message: 'Rate limit is exceeded. Try again in 1 seconds.' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const view = await openImport();
    await choose(view, csvFile(['Mia,Kato,mia.kato@contoso.com,,', 'Noah,Lind,noah.lind@contoso.com,,']));
    const started = Date.now();
    await confirmImport(view, 2);
    expect(await screen.findByText(/the next row goes in 1 s/)).toBeInTheDocument();
    expect(await screen.findByText(/Import finished: 2 created, 0 refused/)).toBeInTheDocument();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await waitFor(() => expect(creates).toHaveLength(3));
    expect(creates[0]?.requestId).toBe(creates[1]?.requestId);
    expect(creates.map((c) => c.email)).toEqual([
      'mia.kato@contoso.com',
      'mia.kato@contoso.com',
      'noah.lind@contoso.com',
    ]);
    expect(getDb().partnerUsers.filter((u) => u.email === 'mia.kato@contoso.com')).toHaveLength(1);
  });

  it('resumes after a reload mid-import without creating anyone twice', async () => {
    const creates = recordCreates();
    const emails = Array.from({ length: 6 }, (_, n) => `reload.${n}@contoso.com`);
    const first = await openImport();
    await choose(first, csvFile(emails.map((email, n) => `Reload,Person${n},${email},,Developer`)));
    // The page goes away right after the service created the third user, before the page could
    // record the answer: exactly what a reload at the wrong moment does.
    let answered = 0;
    server.events.on('response:mocked', ({ request }) => {
      if (request.method !== 'POST' || new URL(request.url).pathname !== '/v1/users') return;
      answered += 1;
      if (answered === 3) first.unmount();
    });
    await confirmImport(first, 6);
    await waitFor(() => expect(answered).toBe(3));
    expect(getDb().partnerUsers.filter((u) => emails.includes(u.email))).toHaveLength(3);
    server.events.removeAllListeners('response:mocked');

    renderApp('/settings/account/users/import');
    expect(await screen.findByText(/The page was reloaded during the import/)).toBeInTheDocument();
    expect(await screen.findByText(/Import finished: 6 created, 0 refused/)).toBeInTheDocument();
    for (const email of emails) {
      expect(getDb().partnerUsers.filter((u) => u.email === email)).toHaveLength(1);
    }
    // The third row was sent twice with the same request id and got its first answer back.
    const third = creates.filter((c) => c.email === emails[2]);
    expect(third).toHaveLength(2);
    expect(third[0]?.requestId).toBe(third[1]?.requestId);
  });

  it('a real reload (the row in flight cancelled, nothing unmounted) still resumes, not pauses', async () => {
    const emails = Array.from({ length: 4 }, (_, n) => `leave.${n}@contoso.com`);
    const first = await openImport();
    await choose(first, csvFile(emails.map((email, n) => `Leave,Person${n},${email},,`)));
    // The browser leaves the page while the second row is on its way, and cancels that request.
    let sent = 0;
    server.use(
      http.post('*/v1/users', () => {
        sent += 1;
        if (sent !== 2) return undefined;
        window.dispatchEvent(new Event('pagehide'));
        return HttpResponse.error();
      }),
    );
    await confirmImport(first, 4);
    await waitFor(() => expect(sent).toBe(2));
    // The page that was left says nothing of an unreachable service, and keeps the run going.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/could not be reached/)).not.toBeInTheDocument();
    first.unmount();
    server.resetHandlers();

    renderApp('/settings/account/users/import');
    expect(await screen.findByText(/The page was reloaded during the import/)).toBeInTheDocument();
    expect(await screen.findByText(/Import finished: 4 created, 0 refused/)).toBeInTheDocument();
    for (const email of emails) {
      expect(getDb().partnerUsers.filter((u) => u.email === email)).toHaveLength(1);
    }
  });

  it('says in the page’s language which file is chosen, on the input the label names', async () => {
    const view = renderApp('/settings/account/users/import', { language: 'fr' });
    const input = await screen.findByLabelText('Fichier CSV', {}, { timeout: 8000 });
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(/Aucun fichier sélectionné\.$/);
    await view.user.upload(input, csvFile(['Ana,Lopez,ana.lopez@example.com,Admin agent,'], 'équipe.csv'));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/équipe\.csv$/));
    expect(screen.queryByText('Aucun fichier sélectionné.')).not.toBeInTheDocument();
  });

  it('is offered only to roles that may manage users', async () => {
    renderApp('/settings/account/users', { userId: 'user-devon-sales-agent' });
    await waitForShell();
    expect(await screen.findByRole('table', { name: 'Users' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import users' })).not.toBeInTheDocument();
  });

  it('shows a read-only notice instead of the upload to other roles', async () => {
    await openImport({ userId: 'user-devon-sales-agent' });
    expect(
      await screen.findByText('Only a Global admin or an Account admin can import users.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('CSV file')).not.toBeInTheDocument();
  });

  it('links from the users list to the import for an admin', async () => {
    const { user, router } = renderApp('/settings/account/users');
    await user.click(await screen.findByRole('link', { name: 'Import users' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/account/users/import'));
  });

  it('counts a one-row file in the singular, in English and in French', async () => {
    const english = await openImport();
    await choose(english, csvFile(['Iris,Vega,iris.vega@contoso.com,AdminAgent,'], 'one.csv'));
    expect(screen.getByRole('status')).toHaveTextContent('one.csv: 1 row, 1 ready, 0 with problems.');
    english.unmount();

    const french = renderApp('/settings/account/users/import', { language: 'fr' });
    await french.user.upload(
      await screen.findByLabelText('Fichier CSV'),
      csvFile(['Iris,Vega,iris.vega@contoso.com,AdminAgent,', 'Bad,Email,not-an-email,,'], 'un.csv'),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'un.csv : 2 lignes ; prêtes : 1, avec des problèmes : 1.',
    );
  });
});
