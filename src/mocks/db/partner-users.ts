import type { PartnerUser } from '@/lib/api-types/users';
import type { CommercialRole, DeveloperRole } from '@/lib/permissions';
import { seededGuid } from './seed-ids';

export const partnerEmailDomain = 'woodgrovecloud.com';

type DemoUserRow = [
  id: string,
  first: string,
  last: string,
  commercial: CommercialRole[],
  developer: DeveloperRole[],
];

/** The people the user menu can sign in as: one per permission profile worth demonstrating. */
const demoUserRows: DemoUserRow[] = [
  ['user-ana-global-admin', 'Ana', 'Ruiz', ['GlobalAdmin'], ['Manager']],
  ['user-ben-account-admin', 'Ben', 'Carter', ['AccountAdmin', 'MpnPartnerAdmin'], ['Developer']],
  ['user-chloe-admin-agent', 'Chloé', 'Martin', ['AdminAgent'], []],
  ['user-devon-sales-agent', 'Devon', 'Lee', ['SalesAgent'], []],
  ['user-eva-helpdesk-agent', 'Eva', 'Novak', ['HelpdeskAgent', 'BillingAdmin'], []],
  ['user-finn-developer', 'Finn', 'Okafor', [], ['Developer', 'Marketer']],
];

export const demoUserIds = demoUserRows.map(([id]) => id);

const firstNames = [
  'Aiko',
  'Bruno',
  'Carla',
  'Dmitri',
  'Elif',
  'Farah',
  'Gustav',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Paula',
  'Quentin',
  'Rosa',
  'Samir',
  'Tess',
  'Umar',
  'Vera',
  'Wen',
  'Xavier',
  'Yara',
  'Zoe',
];
const lastNames = [
  'Abe',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'Garcia',
  'Horvat',
  'Ito',
  'Jensen',
  'Kowalski',
  'Laine',
  'Moreau',
];

const commercialCycle: CommercialRole[][] = [
  ['AdminAgent'],
  ['SalesAgent'],
  ['HelpdeskAgent'],
  ['BillingAdmin'],
  [],
  ['MpnPartnerAdmin'],
  ['IncentiveAdmin'],
  ['ReferralsAdmin'],
  ['AdminAgent', 'BillingAdmin'],
  [],
  ['SalesAgent', 'ReferralsAdmin'],
];
const developerCycle: DeveloperRole[][] = [
  [],
  ['Developer'],
  [],
  ['Marketer'],
  ['BusinessContributor'],
  [],
  ['FinancialContributor'],
  ['Developer', 'Manager'],
];

const referenceTime = Date.UTC(2026, 10, 20, 9, 0, 0);

function user(
  id: string,
  firstName: string,
  lastName: string,
  commercialRoles: CommercialRole[],
  developerRoles: DeveloperRole[],
  n: number,
): PartnerUser {
  const local = `${firstName}.${lastName}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/g, '');
  const daysAgo = (n * 7) % 120;
  return {
    id,
    displayName: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email:
      n < demoUserRows.length
        ? `${local}@${partnerEmailDomain}`
        : `${local}${Math.floor(n / 26)}@${partnerEmailDomain}`,
    commercialRoles,
    developerRoles,
    ...(n % 17 === 16
      ? {}
      : { lastSignIn: new Date(referenceTime - daysAgo * 86_400_000 - n * 3_600_000).toISOString() }),
    attributes: { objectType: 'PartnerUser' },
  };
}

const seededUserCount = 318;
let userCount = seededUserCount;

/** `?users=generated` (npm run bench): 5,000 partner users instead of the usual few hundred. */
export function setGeneratedUsers(on: boolean): void {
  userCount = on ? 5_000 : seededUserCount;
}

export function seedPartnerUsers(): PartnerUser[] {
  const demo = demoUserRows.map(([id, first, last, commercial, developer], n) =>
    user(id, first, last, commercial, developer, n),
  );
  const generated: PartnerUser[] = [];
  for (let n = demo.length; n < userCount; n += 1) {
    const first = firstNames[n % firstNames.length] ?? 'Sam';
    const last = lastNames[(n * 7) % lastNames.length] ?? 'Doe';
    generated.push(
      user(
        seededGuid(`partner-user:${n}`),
        first,
        last,
        commercialCycle[n % commercialCycle.length] ?? [],
        developerCycle[n % developerCycle.length] ?? [],
        n,
      ),
    );
  }
  return [...demo, ...generated];
}
