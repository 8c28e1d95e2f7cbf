import { common } from '@/components/i18n';
import { accountSettings } from '@/features/account-settings/i18n';
import { announcements } from '@/features/announcements/i18n';
import { catalog } from '@/features/catalog/i18n';
import { customers } from '@/features/customers/i18n';
import { home } from '@/features/home/i18n';
import { roles } from '@/lib/roles-i18n';
import { shell } from './shell';

/** Each feature owns its strings; this is the one place they meet, one namespace per feature. */
const bundles = { common, shell, roles, home, customers, catalog, announcements, accountSettings };

type Bundles = typeof bundles;
type Language = 'en' | 'fr';
type ResourcesFor<L extends Language> = { [Ns in keyof Bundles]: Bundles[Ns][L] };

function pick<L extends Language>(language: L): ResourcesFor<L> {
  return Object.fromEntries(Object.entries(bundles).map(([ns, bundle]) => [ns, bundle[language]])) as ResourcesFor<L>;
}

export const resources = { en: pick('en'), fr: pick('fr') };
export const namespaces = Object.keys(bundles) as (keyof Bundles)[];
export type EnglishResources = ResourcesFor<'en'>;
