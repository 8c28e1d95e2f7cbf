import type { AppLinkTarget } from '@/lib/api-types/announcements';

/** What the catalog search is given for each product an announcement points at. */
const catalogSearch: Record<Extract<AppLinkTarget, `catalog.${string}`>, string> = {
  'catalog.teamsRoomsPremium': 'Teams Rooms Premium',
  'catalog.advancedCommunications': 'Advanced Communications',
  'catalog.businessVoice': 'Business Voice',
  'catalog.saasMetered': 'SaaS',
  'catalog.dynamicsProjectOperations': 'Project Operations',
  'catalog.office365E1': 'Office 365 E1',
};

/**
 * The route behind each semantic target. These URLs are the other features' published contracts
 * (customers' work list, account settings, catalog search, the developer panel's scenario).
 */
export function appLinkHref(target: AppLinkTarget): string {
  switch (target) {
    case 'customers.missingScreening':
      return '/customers?screening=missing';
    case 'settings.account':
      return '/settings/account';
    case 'devtools.throttling':
      return '/?devtools=throttling';
    default:
      return `/catalog?${new URLSearchParams({ q: catalogSearch[target] }).toString()}`;
  }
}
