import type { AnnouncementCategory, Localized } from './types';

/** Labels for the announcement categories shown in the filters and on each card. */
export const announcementCategories: Record<AnnouncementCategory, Localized> = {
  capabilities: { en: 'Capabilities', fr: 'Fonctionnalités' },
  'offers-markets': { en: 'Offers/Markets', fr: 'Offres/Marchés' },
};

/** Labels for every sub-topic id used by the announcement records. */
export const announcementTopics: Record<string, Localized> = {
  'account-management': { en: 'Account management', fr: 'Gestion du compte' },
  agreements: { en: 'Agreements', fr: 'Contrats' },
  api: { en: 'API', fr: 'API' },
  azure: { en: 'Azure', fr: 'Azure' },
  billing: { en: 'Billing', fr: 'Facturation' },
  'commercial-marketplace': { en: 'Commercial marketplace', fr: 'Place de marché commerciale' },
  'drive-efficiency-scale': {
    en: 'Drive Efficiency & Scale',
    fr: 'Améliorer l’efficacité et passer à l’échelle',
  },
  'dynamics-365': { en: 'Dynamics 365', fr: 'Dynamics 365' },
  education: { en: 'Education', fr: 'Éducation' },
  'enhanced-customer-screening': { en: 'Enhanced customer screening', fr: 'Filtrage renforcé des clients' },
  government: { en: 'Government', fr: 'Secteur public' },
  'indirect-model': { en: 'Indirect model', fr: 'Modèle indirect' },
  'new-commerce': { en: 'New commerce', fr: 'Nouvelle expérience commerciale' },
  'new-offers': { en: 'New offers', fr: 'Nouvelles offres' },
  nonprofit: { en: 'Nonprofit', fr: 'Organisations à but non lucratif' },
  operations: { en: 'Operations', fr: 'Opérations' },
  promotions: { en: 'Promotions', fr: 'Promotions' },
  readiness: { en: 'Readiness', fr: 'Préparation' },
  sdk: { en: 'SDK', fr: 'SDK' },
  security: { en: 'Security', fr: 'Sécurité' },
  teams: { en: 'Microsoft Teams', fr: 'Microsoft Teams' },
};
