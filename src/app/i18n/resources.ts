import type { accountSettings } from '@/features/account-settings/i18n';
import type { activity } from '@/features/activity/i18n';
import type { announcements } from '@/features/announcements/i18n';
import type { catalog } from '@/features/catalog/i18n';
import type { customers } from '@/features/customers/i18n';
import type { home } from '@/features/home/i18n';
import type { renewals } from '@/features/renewals/i18n';
import type { subscriptions } from '@/features/subscriptions/i18n';
import { common } from '@/components/i18n';
import { roles } from '@/lib/roles-i18n';
import { shell } from './shell';

export type SupportedLanguageKey = 'en' | 'fr';
type Bilingual = { en: Record<string, unknown>; fr: Record<string, unknown> };

/** What the shell needs on its first paint: bundled in the entry chunk. */
export const eagerBundles = { common, shell, roles };

/**
 * Each feature's strings travel with its pages: loaded on first use, so adding text to a page
 * never grows the shell's entry chunk.
 */
export const lazyBundles: Record<LazyNamespace, () => Promise<Bilingual>> = {
  home: () => import('@/features/home/i18n').then((m) => m.home),
  customers: () => import('@/features/customers/i18n').then((m) => m.customers),
  catalog: () => import('@/features/catalog/i18n').then((m) => m.catalog),
  subscriptions: () => import('@/features/subscriptions/i18n').then((m) => m.subscriptions),
  renewals: () => import('@/features/renewals/i18n').then((m) => m.renewals),
  announcements: () => import('@/features/announcements/i18n').then((m) => m.announcements),
  accountSettings: () => import('@/features/account-settings/i18n').then((m) => m.accountSettings),
  activity: () => import('@/features/activity/i18n').then((m) => m.activity),
};

interface LazyBundleTypes {
  home: typeof home;
  customers: typeof customers;
  catalog: typeof catalog;
  subscriptions: typeof subscriptions;
  renewals: typeof renewals;
  announcements: typeof announcements;
  accountSettings: typeof accountSettings;
  activity: typeof activity;
}
type LazyNamespace = keyof LazyBundleTypes;
type AllBundles = typeof eagerBundles & LazyBundleTypes;

export type EnglishResources = { [Ns in keyof AllBundles]: AllBundles[Ns]['en'] };

export const eagerNamespaces = Object.keys(eagerBundles) as (keyof typeof eagerBundles)[];
export const lazyNamespaces = Object.keys(lazyBundles) as LazyNamespace[];
export const allNamespaces = [...eagerNamespaces, ...lazyNamespaces];

export function eagerResources(language: SupportedLanguageKey) {
  return Object.fromEntries(Object.entries(eagerBundles).map(([ns, bundle]) => [ns, bundle[language]]));
}

export function isLazyNamespace(ns: string): ns is LazyNamespace {
  return ns in lazyBundles;
}
