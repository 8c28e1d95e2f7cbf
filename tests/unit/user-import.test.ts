import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv-text';
import { importColumns, previewCsv, rowIsValid, templateCsv } from '@/features/account-settings/user-import';

const header = importColumns.join(',');
const preview = (lines: string[], existing: string[] = []) =>
  previewCsv([header, ...lines].join('\n'), new Set(existing));

describe('user import rules', () => {
  it('resolves roles written as ids or as names in either language', () => {
    const { rows } = preview([
      'Jo,Lee,jo@contoso.com,adminagent; Agent d’administration ;Billing admin,Business contributor',
    ]);
    expect(rows[0]?.input).toMatchObject({
      commercialRoles: ['AdminAgent', 'BillingAdmin'],
      developerRoles: ['BusinessContributor'],
    });
    expect(rowIsValid(rows[0]!)).toBe(true);
  });

  it('uses the single-user schema: required names, length limits, email shape', () => {
    const { rows } = preview([`,${'x'.repeat(51)},jo@@contoso`]);
    expect(rows[0]?.problems).toEqual({
      firstName: [{ kind: 'rule', key: 'required' }],
      lastName: [{ kind: 'rule', key: 'tooLong:50' }],
      email: [{ kind: 'rule', key: 'email' }],
    });
  });

  it('flags every unknown role of a cell, and a role given in the other group', () => {
    const { rows } = preview(['Jo,Lee,jo@contoso.com,Wizard;Developer;SalesAgent,Juggler']);
    expect(rows[0]?.problems).toEqual({
      commercialRoles: [
        { kind: 'unknownRole', role: 'Wizard' },
        { kind: 'unknownRole', role: 'Developer' },
      ],
      developerRoles: [{ kind: 'unknownRole', role: 'Juggler' }],
    });
  });

  it('flags later copies of an email (any case) and emails of existing users', () => {
    const { rows } = preview(
      ['A,One,a@contoso.com', 'A,Two,A@Contoso.com', 'B,Three,b@contoso.com'],
      ['B@CONTOSO.COM'],
    );
    expect(rows.map((row) => row.problems.email ?? [])).toEqual([
      [],
      [{ kind: 'duplicateInFile', firstLine: 2 }],
      [{ kind: 'existingUser' }],
    ]);
  });

  it('numbers rows by their line in the file and matches headers without regard to case', () => {
    const { rows } = previewCsv(
      'EMAIL,FirstName,lastname\r\na@contoso.com,A,One\r\n\r\nb@contoso.com,B,Two\r\n',
      new Set(),
    );
    expect(rows.map((row) => [row.line, row.input.email])).toEqual([
      [2, 'a@contoso.com'],
      [3, 'b@contoso.com'],
    ]);
  });

  it('refuses a file without the required columns or without rows', () => {
    expect(previewCsv('name,mail\nA,a@contoso.com\n', new Set()).fileProblem).toEqual({
      kind: 'missingColumns',
      columns: ['firstName', 'lastName', 'email'],
    });
    expect(previewCsv(`${header}\n`, new Set()).fileProblem).toEqual({ kind: 'noRows' });
  });

  it('offers a template that imports cleanly', () => {
    const template = templateCsv();
    expect(template.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(template).fields).toEqual([...importColumns]);
    const { rows, fileProblem } = previewCsv(template, new Set());
    expect(fileProblem).toBeUndefined();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(rowIsValid)).toBe(true);
  });
});
