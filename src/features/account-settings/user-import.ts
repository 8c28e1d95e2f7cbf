import { newUserSchema, type NewUserInput } from '@/lib/account-rules';
import { commercialRoles, developerRoles, type Role } from '@/lib/permissions';
import { roles as roleTexts } from '@/lib/roles-i18n';
import { parseCsv, toCsv } from '@/lib/csv-text';

/**
 * The bulk user import's rules: reading the CSV, and checking every row with the single-user
 * form's own schema (`newUserSchema`) plus what only a file can get wrong (the same email twice)
 * or only the directory knows (the email is already a user's). Pure, so unit tests cover it.
 */

/** Column names of the file, as in the template; matched without regard to case. */
export const importColumns = ['firstName', 'lastName', 'email', 'commercialRoles', 'developerRoles'] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Several roles share one cell, separated by semicolons. */
export const roleSeparator = ';';

export type CellProblem =
  /** A rule key of the shared schemas: `required`, `tooLong:50`, `email`. */
  | { kind: 'rule'; key: string }
  | { kind: 'unknownRole'; role: string }
  | { kind: 'duplicateInFile'; firstLine: number }
  | { kind: 'existingUser' };

export interface ImportRow {
  /** Line in the file, the header being line 1: what a person sees in a spreadsheet. */
  line: number;
  cells: Record<ImportColumn, string>;
  /** What would be sent, roles resolved to their ids. */
  input: NewUserInput;
  problems: Partial<Record<ImportColumn, CellProblem[]>>;
}

export type FileProblem = { kind: 'missingColumns'; columns: ImportColumn[] } | { kind: 'noRows' };

export interface ImportPreview {
  rows: ImportRow[];
  fileProblem?: FileProblem;
}

export const rowIsValid = (row: ImportRow) => Object.keys(row.problems).length === 0;

type RoleGroup = 'commercialRoles' | 'developerRoles';
const groupRoles: Record<RoleGroup, readonly Role[]> = { commercialRoles, developerRoles };

/** A role may be written as its id (`AdminAgent`) or its name in either language (`Admin agent`). */
const roleLookup: Record<RoleGroup, Map<string, Role>> = {
  commercialRoles: lookupFor(commercialRoles),
  developerRoles: lookupFor(developerRoles),
};

function lookupFor(list: readonly Role[]): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const role of list) {
    for (const name of [role, roleTexts.en[role].name, roleTexts.fr[role].name]) {
      map.set(normalize(name), role);
    }
  }
  return map;
}

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

function roleTokens(cell: string): string[] {
  return cell
    .split(roleSeparator)
    .map((token) => token.trim())
    .filter(Boolean);
}

function addProblem(row: ImportRow, column: ImportColumn, problem: CellProblem) {
  (row.problems[column] ??= []).push(problem);
}

/**
 * Builds the preview of a parsed file. `existingEmails` are the directory's addresses (any case).
 */
export function previewRecords(
  records: readonly Record<string, string>[],
  headers: readonly string[],
  existingEmails: ReadonlySet<string>,
): ImportPreview {
  const headerFor = new Map(headers.map((header) => [header.trim().toLowerCase(), header]));
  const missing = importColumns.filter(
    (column) =>
      column !== 'developerRoles' && column !== 'commercialRoles' && !headerFor.has(column.toLowerCase()),
  );
  if (missing.length > 0) return { rows: [], fileProblem: { kind: 'missingColumns', columns: missing } };
  if (records.length === 0) return { rows: [], fileProblem: { kind: 'noRows' } };

  const existing = new Set([...existingEmails].map((email) => email.toLowerCase()));
  const firstLineOf = new Map<string, number>();
  const rows = records.map((record, index) => {
    const cell = (column: ImportColumn) => {
      const header = headerFor.get(column.toLowerCase());
      return header === undefined ? '' : (record[header] ?? '').trim();
    };
    const cells = Object.fromEntries(importColumns.map((column) => [column, cell(column)])) as Record<
      ImportColumn,
      string
    >;
    const tokens = {
      commercialRoles: roleTokens(cells.commercialRoles),
      developerRoles: roleTokens(cells.developerRoles),
    };
    // Known names become ids; unknown ones go to the schema as written, which refuses them.
    const resolve = (group: RoleGroup) => [
      ...new Set(tokens[group].map((token) => roleLookup[group].get(normalize(token)) ?? token)),
    ];
    const candidate = {
      firstName: cells.firstName,
      lastName: cells.lastName,
      email: cells.email,
      commercialRoles: resolve('commercialRoles'),
      developerRoles: resolve('developerRoles'),
    };
    const row: ImportRow = {
      line: index + 2,
      cells,
      input: candidate as NewUserInput,
      problems: {},
    };

    const checked = newUserSchema.safeParse(candidate);
    if (checked.success) row.input = checked.data;
    else {
      for (const issue of checked.error.issues) {
        const [field, position] = issue.path;
        if (field === 'commercialRoles' || field === 'developerRoles') {
          // Unknown names were passed on as written, so the refused value is the token itself.
          const token = typeof position === 'number' ? candidate[field][position] : undefined;
          addProblem(row, field, { kind: 'unknownRole', role: token ?? cells[field] });
        } else if (typeof field === 'string' && (importColumns as readonly string[]).includes(field)) {
          addProblem(row, field as ImportColumn, { kind: 'rule', key: issue.message });
        }
      }
    }

    if (!row.problems.email) {
      const email = cells.email.toLowerCase();
      const first = firstLineOf.get(email);
      if (first !== undefined) addProblem(row, 'email', { kind: 'duplicateInFile', firstLine: first });
      else firstLineOf.set(email, row.line);
      if (existing.has(email)) addProblem(row, 'email', { kind: 'existingUser' });
    }
    return row;
  });
  return { rows };
}

/** Reads the file's text (with or without a BOM) and previews it. */
export function previewCsv(text: string, existingEmails: ReadonlySet<string>): ImportPreview {
  const { rows, fields } = parseCsv(text);
  return previewRecords(rows, fields, existingEmails);
}

/** The downloadable template: the column names and two example rows. */
export function templateCsv(): string {
  const examples = [
    ['Jane', 'Doe', 'jane.doe@contoso.com', 'AdminAgent;BillingAdmin', ''],
    ['Karim', 'Haddad', 'karim.haddad@contoso.com', '', 'Developer;Marketer'],
  ];
  return toCsv(
    importColumns.map((header, index) => ({ header, value: (row: string[]) => row[index] })),
    examples,
  );
}

/** The roles a group accepts, for the page's explanation of the file format. */
export function acceptedRoleIds(group: RoleGroup): readonly Role[] {
  return groupRoles[group];
}
