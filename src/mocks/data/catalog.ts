/**
 * The static catalog: products, SKUs, availabilities (terms, billing cycles, prices), segments,
 * markets and promotions. Facts come from the November 2020 announcements and the new-commerce
 * add-on documentation; descriptions are our own words, in English and French (Partner Center
 * localizes them after `X-Locale`; names stay as Microsoft publishes them). Prices are USD list prices per unit per
 * month, converted per market below. Product/SKU/availability ids follow the Partner Center form
 * (`CFQ7TTC0LH18`, `0001`, `CFQ7TTC0K971`) but are made up.
 */
import type { BillingCycle, Segment, TermDuration } from '@/lib/api-types/catalog';
import type { Localized } from '../locale';
import { partnerBillingCurrency } from './partner-billing';

export type ProductTypeId = 'OnlineServicesNCE' | 'Azure' | 'Software' | 'SaaS';

export interface ProductFixture {
  id: string;
  title: string;
  description: Localized;
  productType: ProductTypeId;
  publisherName: string;
  skus: SkuFixture[];
}

export interface SkuFixture {
  id: string;
  title: string;
  description: Localized;
  segment: Segment;
  usdPerMonth: number;
  terms: TermDuration[];
  minimumQuantity?: number;
  maximumQuantity?: number;
  /** Present on add-ons: `"{productId}:{skuId}"` of the base SKUs that satisfy them. */
  prerequisites?: string[];
  /** Omitted = every market. */
  markets?: readonly string[];
  includedServices?: string[];
  upgradeTargets?: string[];
  availableIn?: 'worldwide' | 'selectMarkets';
  purchasableFrom?: string;
  legacyOfferIds?: string[];
  meteredBilling?: boolean;
  /** Only customers holding this approved qualification may buy it (GCC); `education` SKUs need Education. */
  requiresQualification?: 'GovernmentCommunityCloud';
}

// Product ids, named once so prerequisites read as words.
export const ids = {
  businessBasic: 'CFQ7TTC0LH18',
  businessStandard: 'CFQ7TTC0LDPB',
  businessPremium: 'CFQ7TTC0LCHC',
  o365E1: 'CFQ7TTC0LF8Q',
  o365E3: 'CFQ7TTC0LF8R',
  o365E5: 'CFQ7TTC0LF8S',
  m365E3: 'CFQ7TTC0LFLX',
  m365E5: 'CFQ7TTC0LFK5',
  o365A1: 'CFQ7TTC0LFLZ',
  o365A3: 'CFQ7TTC0LFM0',
  m365A3: 'CFQ7TTC0LFM1',
  teamsRooms: 'CFQ7TTC0QW7C',
  businessVoice: 'CFQ7TTC0J1FV',
  advancedCommsGcc: 'CFQ7TTC0KXN8',
  teamsPhone: 'CFQ7TTC0J203',
  audioConferencing: 'CFQ7TTC0J1DM',
  extraStorage: 'CFQ7TTC0LHWP',
  d365Finance: 'CFQ7TTC0MM8T',
  projectOperations: 'CFQ7TTC0MM8R',
  azurePlan: 'DZH318Z0BPS6',
  saasInsights: 'CFQ7TTC0SAAS',
  windowsServer: 'DG7GMGF0DVT0',
} as const;

const sku = (productId: string, skuId = '0001') => `${productId}:${skuId}`;

/** Suites that contain Microsoft Teams: what the Teams add-ons build on. */
const suitesWithTeams = [
  sku(ids.businessBasic),
  sku(ids.businessBasic, '0002'),
  sku(ids.businessStandard),
  sku(ids.businessPremium, '0002'),
  sku(ids.businessPremium, '0003'),
  sku(ids.o365E1),
  sku(ids.o365E3),
  sku(ids.o365E5),
  sku(ids.m365E3),
  sku(ids.m365E5),
  sku(ids.o365A1),
  sku(ids.o365A3),
  sku(ids.m365A3),
];

/** Business Voice: Office 365 Business Essentials (now Business Basic), Business Premium, A1, E1, A3, E3; Microsoft 365 Business, A3, E3. */
const businessVoiceBases = [
  sku(ids.businessBasic),
  sku(ids.businessBasic, '0002'),
  sku(ids.businessPremium, '0002'),
  sku(ids.businessPremium, '0003'),
  sku(ids.o365A1),
  sku(ids.o365E1),
  sku(ids.o365A3),
  sku(ids.o365E3),
  sku(ids.m365A3),
  sku(ids.m365E3),
];

const callingPlanMarkets = ['CA', 'GB', 'US'] as const;
const roomsPremiumMarkets = ['US', 'CA', 'GB', 'FR', 'DE', 'JP', 'IE'] as const;

export const productFixtures: ProductFixture[] = [
  {
    id: ids.businessBasic,
    title: 'Microsoft 365 Business Basic',
    description: {
      en: 'Web and mobile Office apps, Teams, business email and 1 TB of cloud storage per user.',
      fr: 'Applications Office web et mobiles, Teams, messagerie professionnelle et 1 To de stockage cloud par utilisateur.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft 365 Business Basic',
        description: {
          en: 'Cloud services for small businesses, up to 300 users.',
          fr: 'Services cloud pour les petites entreprises, jusqu’à 300 utilisateurs.',
        },
        segment: 'commercial',
        usdPerMonth: 6,
        terms: ['P1M', 'P1Y'],
        maximumQuantity: 300,
        upgradeTargets: [sku(ids.businessStandard), sku(ids.businessPremium, '0002')],
      },
      {
        id: '0002',
        title: 'Microsoft 365 Business Basic (Nonprofit Staff Pricing)',
        description: {
          en: 'The Business Basic suite granted to eligible nonprofit organizations.',
          fr: 'La suite Business Basic offerte aux organisations à but non lucratif éligibles.',
        },
        segment: 'nonprofit',
        usdPerMonth: 0,
        terms: ['P1M', 'P1Y'],
        maximumQuantity: 300,
      },
    ],
  },
  {
    id: ids.businessStandard,
    title: 'Microsoft 365 Business Standard',
    description: {
      en: 'Desktop Office apps with business email, Teams and cloud storage.',
      fr: 'Applications Office de bureau avec messagerie professionnelle, Teams et stockage cloud.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft 365 Business Standard',
        description: {
          en: 'Desktop and web Office apps for up to 300 users.',
          fr: 'Applications Office de bureau et web pour 300 utilisateurs au plus.',
        },
        segment: 'commercial',
        usdPerMonth: 12.5,
        terms: ['P1M', 'P1Y', 'P3Y'],
        maximumQuantity: 300,
        upgradeTargets: [sku(ids.businessPremium, '0002')],
      },
    ],
  },
  {
    id: ids.businessPremium,
    title: 'Microsoft 365 Business Premium',
    description: {
      en: 'Business Standard plus advanced security and device management.',
      fr: 'Business Standard avec en plus la sécurité avancée et la gestion des appareils.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0002',
        title: 'Microsoft 365 Business Premium',
        description: {
          en: 'Productivity and security suite for up to 300 users.',
          fr: 'Suite de productivité et de sécurité pour 300 utilisateurs au plus.',
        },
        segment: 'commercial',
        usdPerMonth: 22,
        terms: ['P1M', 'P1Y', 'P3Y'],
        maximumQuantity: 300,
      },
      {
        id: '0003',
        title: 'Microsoft 365 Business Premium (Nonprofit Staff Pricing)',
        description: {
          en: 'Business Premium at the discounted price for eligible nonprofits.',
          fr: 'Business Premium au prix réduit réservé aux organisations à but non lucratif éligibles.',
        },
        segment: 'nonprofit',
        usdPerMonth: 5.5,
        terms: ['P1M', 'P1Y'],
        maximumQuantity: 300,
      },
    ],
  },
  {
    id: ids.o365E1,
    title: 'Office 365 E1',
    description: {
      en: 'Web versions of the Office apps with email, Teams and file storage for enterprises.',
      fr: 'Versions web des applications Office avec messagerie, Teams et stockage de fichiers, pour les grandes entreprises.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Office 365 E1',
        description: {
          en: 'Entry enterprise suite without desktop apps.',
          fr: 'Suite d’entrée de gamme pour les grandes entreprises, sans applications de bureau.',
        },
        segment: 'commercial',
        usdPerMonth: 10,
        terms: ['P1M', 'P1Y', 'P3Y'],
        upgradeTargets: [sku(ids.o365E3), sku(ids.o365E5)],
      },
    ],
  },
  {
    id: ids.o365E3,
    title: 'Office 365 E3',
    description: {
      en: 'Desktop Office apps, email, Teams, compliance and information protection.',
      fr: 'Applications Office de bureau, messagerie, Teams, conformité et protection des informations.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Office 365 E3',
        description: {
          en: 'Full enterprise productivity suite.',
          fr: 'Suite de productivité complète pour les grandes entreprises.',
        },
        segment: 'commercial',
        usdPerMonth: 23,
        terms: ['P1M', 'P1Y', 'P3Y'],
        upgradeTargets: [sku(ids.o365E5)],
      },
    ],
  },
  {
    id: ids.o365E5,
    title: 'Office 365 E5',
    description: {
      en: 'E3 plus advanced security, analytics and voice (Teams Phone and Audio Conferencing).',
      fr: 'E3 avec en plus la sécurité avancée, l’analytique et la voix (Teams Phone et Audioconférence).',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Office 365 E5',
        description: {
          en: 'Enterprise suite with voice capabilities included.',
          fr: 'Suite pour grandes entreprises, fonctions vocales comprises.',
        },
        segment: 'commercial',
        usdPerMonth: 38,
        terms: ['P1M', 'P1Y', 'P3Y'],
        includedServices: ['TeamsPhoneStandard', 'AudioConferencing'],
      },
    ],
  },
  {
    id: ids.m365E3,
    title: 'Microsoft 365 E3',
    description: {
      en: 'Office 365 E3 with Windows Enterprise and Enterprise Mobility + Security.',
      fr: 'Office 365 E3 avec Windows Enterprise et Enterprise Mobility + Security.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft 365 E3',
        description: {
          en: 'Productivity, Windows and device management for enterprises.',
          fr: 'Productivité, Windows et gestion des appareils pour les grandes entreprises.',
        },
        segment: 'commercial',
        usdPerMonth: 36,
        terms: ['P1M', 'P1Y', 'P3Y'],
        upgradeTargets: [sku(ids.m365E5)],
      },
    ],
  },
  {
    id: ids.m365E5,
    title: 'Microsoft 365 E5',
    description: {
      en: 'Microsoft 365 E3 plus advanced security, analytics and voice.',
      fr: 'Microsoft 365 E3 avec en plus la sécurité avancée, l’analytique et la voix.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft 365 E5',
        description: {
          en: 'The complete enterprise suite, Teams Phone included.',
          fr: 'La suite complète pour grandes entreprises, Teams Phone compris.',
        },
        segment: 'commercial',
        usdPerMonth: 57,
        terms: ['P1M', 'P1Y', 'P3Y'],
        includedServices: ['TeamsPhoneStandard', 'AudioConferencing'],
      },
    ],
  },
  {
    id: ids.o365A1,
    title: 'Office 365 A1',
    description: {
      en: 'Web Office apps and Teams for schools and universities.',
      fr: 'Applications Office web et Teams pour les écoles et les universités.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Office 365 A1 for faculty',
        description: {
          en: 'Free online suite for qualified education institutions.',
          fr: 'Suite en ligne gratuite pour les établissements d’enseignement qualifiés.',
        },
        segment: 'education',
        usdPerMonth: 0,
        terms: ['P1M', 'P1Y'],
        upgradeTargets: [sku(ids.o365A3)],
      },
    ],
  },
  {
    id: ids.o365A3,
    title: 'Office 365 A3',
    description: {
      en: 'Desktop Office apps and Teams for education.',
      fr: 'Applications Office de bureau et Teams pour l’enseignement.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Office 365 A3 for faculty',
        description: {
          en: 'Education suite with desktop apps.',
          fr: 'Suite pour l’enseignement avec les applications de bureau.',
        },
        segment: 'education',
        usdPerMonth: 2.5,
        terms: ['P1M', 'P1Y'],
      },
    ],
  },
  {
    id: ids.m365A3,
    title: 'Microsoft 365 A3',
    description: {
      en: 'Office 365 A3 with Windows and device management for education.',
      fr: 'Office 365 A3 avec Windows et la gestion des appareils, pour l’enseignement.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft 365 A3 for faculty',
        description: {
          en: 'Education suite with Windows Enterprise.',
          fr: 'Suite pour l’enseignement avec Windows Enterprise.',
        },
        segment: 'education',
        usdPerMonth: 3.25,
        terms: ['P1M', 'P1Y'],
      },
    ],
  },
  {
    id: ids.teamsRooms,
    title: 'Microsoft Teams Rooms',
    description: {
      en: 'Device licences for meeting rooms running Microsoft Teams Rooms.',
      fr: 'Licences d’appareil pour les salles de réunion équipées de Microsoft Teams Rooms.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft Teams Rooms Standard',
        description: {
          en: 'Formerly the Meeting Room licence: Teams, Phone System, Audio Conferencing and Intune for one room device.',
          fr: 'Anciennement la licence Meeting Room : Teams, Phone System, Audioconférence et Intune pour un appareil de salle.',
        },
        segment: 'commercial',
        usdPerMonth: 15,
        terms: ['P1M', 'P1Y'],
        includedServices: ['SkypeForBusiness', 'Teams', 'PhoneSystem', 'AudioConferencing', 'Intune'],
        availableIn: 'worldwide',
      },
      {
        id: '0002',
        title: 'Microsoft Teams Rooms Premium',
        description: {
          en: 'Everything in Standard plus Teams Rooms Managed Services: proactive monitoring, managed updates and 24x7 support by Microsoft experts.',
          fr: 'Tout Standard, plus les services gérés Teams Rooms : supervision proactive, mises à jour gérées et assistance 24 h/24, 7 j/7 par des experts Microsoft.',
        },
        segment: 'commercial',
        usdPerMonth: 50,
        terms: ['P1M', 'P1Y'],
        includedServices: [
          'SkypeForBusiness',
          'Teams',
          'PhoneSystem',
          'AudioConferencing',
          'Intune',
          'ManagedServices',
        ],
        availableIn: 'selectMarkets',
        markets: roomsPremiumMarkets,
        legacyOfferIds: [
          '5db9aa31-f039-4740-b122-a33514e4c492',
          '03070f91-cc77-4c2e-b269-4a214b3698ab',
          'd0c9a9a9-c9b6-41d7-9148-b60115c36c95',
        ],
      },
      {
        id: '0003',
        title: 'Microsoft Teams Rooms Premium for faculty',
        description: {
          en: 'Teams Rooms Premium at education pricing, for customers with an approved Education qualification.',
          fr: 'Teams Rooms Premium au tarif enseignement, pour les clients dont la qualification Éducation est approuvée.',
        },
        segment: 'education',
        usdPerMonth: 35,
        terms: ['P1M', 'P1Y'],
        includedServices: [
          'SkypeForBusiness',
          'Teams',
          'PhoneSystem',
          'AudioConferencing',
          'Intune',
          'ManagedServices',
        ],
        availableIn: 'selectMarkets',
        markets: roomsPremiumMarkets,
      },
    ],
  },
  {
    id: ids.businessVoice,
    title: 'Microsoft 365 Business Voice',
    description: {
      en: 'A cloud phone system for small and medium businesses, built into Teams.',
      fr: 'Un système téléphonique cloud pour les petites et moyennes entreprises, intégré à Teams.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft 365 Business Voice',
        description: {
          en: 'The full suite: Phone System, Audio Conferencing and a Domestic Calling Plan. Canada, UK and US only.',
          fr: 'La suite complète : Phone System, Audioconférence et un forfait d’appels nationaux. Canada, Royaume-Uni et États-Unis uniquement.',
        },
        segment: 'commercial',
        usdPerMonth: 15,
        terms: ['P1M', 'P1Y'],
        maximumQuantity: 300,
        prerequisites: businessVoiceBases,
        markets: callingPlanMarkets,
        includedServices: ['PhoneSystem', 'AudioConferencing', 'CallingPlan'],
      },
      {
        id: '0002',
        title: 'Microsoft 365 Business Voice (without calling plan)',
        description: {
          en: 'Phone System and Audio Conferencing; bring your own carrier for calling.',
          fr: 'Phone System et Audioconférence ; les appels passent par votre propre opérateur.',
        },
        segment: 'commercial',
        usdPerMonth: 10,
        terms: ['P1M', 'P1Y'],
        maximumQuantity: 300,
        prerequisites: businessVoiceBases,
        includedServices: ['PhoneSystem', 'AudioConferencing'],
      },
    ],
  },
  {
    id: ids.advancedCommsGcc,
    title: 'Microsoft Teams Advanced Communications for GCC',
    description: {
      en: 'Large meetings, communication policies, integrations and advanced IT tools for Teams in the Government Community Cloud.',
      fr: 'Grandes réunions, stratégies de communication, intégrations et outils informatiques avancés pour Teams dans le Government Community Cloud.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Advanced Communications for GCC',
        description: {
          en: 'Add-on for any Microsoft 365 or Office 365 suite that includes Teams. For GCC customers in the United States.',
          fr: 'Extension pour toute suite Microsoft 365 ou Office 365 qui comprend Teams. Pour les clients GCC aux États-Unis.',
        },
        segment: 'government',
        usdPerMonth: 12,
        terms: ['P1M', 'P1Y'],
        prerequisites: suitesWithTeams,
        markets: ['US'],
        purchasableFrom: '2020-12-01',
        legacyOfferIds: ['56fe76f5-f4ba-4fac-9561-d0daf59b01a1'],
        requiresQualification: 'GovernmentCommunityCloud',
      },
    ],
  },
  {
    id: ids.teamsPhone,
    title: 'Microsoft Teams Phone Standard',
    description: {
      en: 'Cloud calling in Teams: call control and PBX features.',
      fr: 'Appels cloud dans Teams : contrôle des appels et fonctions de standard téléphonique (PBX).',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Teams Phone Standard',
        description: {
          en: 'Phone System for users of an enterprise E3 suite.',
          fr: 'Phone System pour les utilisateurs d’une suite E3 pour grandes entreprises.',
        },
        segment: 'commercial',
        usdPerMonth: 8,
        terms: ['P1M', 'P1Y'],
        prerequisites: [sku(ids.o365E3), sku(ids.m365E3)],
        includedServices: ['TeamsPhoneStandard'],
      },
    ],
  },
  {
    id: ids.audioConferencing,
    title: 'Microsoft Teams Audio Conferencing',
    description: {
      en: 'Dial-in numbers for Teams meetings.',
      fr: 'Numéros d’appel entrant pour les réunions Teams.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Audio Conferencing',
        description: {
          en: 'Let people join Teams meetings by phone.',
          fr: 'Permet de rejoindre les réunions Teams par téléphone.',
        },
        segment: 'commercial',
        usdPerMonth: 4,
        terms: ['P1M', 'P1Y'],
        prerequisites: suitesWithTeams,
        includedServices: ['AudioConferencing'],
      },
    ],
  },
  {
    id: ids.extraStorage,
    title: 'Office 365 Extra File Storage',
    description: {
      en: 'More SharePoint storage for the tenant, sold per GB.',
      fr: 'Stockage SharePoint supplémentaire pour le locataire, vendu au Go.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Office 365 Extra File Storage',
        description: {
          en: 'One unit is one GB of extra tenant storage.',
          fr: 'Une unité correspond à 1 Go de stockage supplémentaire pour le locataire.',
        },
        segment: 'commercial',
        usdPerMonth: 0.2,
        terms: ['P1M', 'P1Y'],
        maximumQuantity: 100000,
        prerequisites: suitesWithTeams,
      },
    ],
  },
  {
    id: ids.d365Finance,
    title: 'Dynamics 365 Finance',
    description: {
      en: 'Financial management and accounting for larger organizations.',
      fr: 'Gestion financière et comptabilité pour les grandes organisations.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Dynamics 365 Finance',
        description: {
          en: 'The base Finance licence.',
          fr: 'La licence de base Finance.',
        },
        segment: 'commercial',
        usdPerMonth: 180,
        terms: ['P1M', 'P1Y', 'P3Y'],
      },
    ],
  },
  {
    id: ids.projectOperations,
    title: 'Dynamics 365 Project Operations',
    description: {
      en: 'Released 1 November 2020, replacing Project Service Automation for commercial customers: sales, resourcing, delivery and project accounting in one app.',
      fr: 'Disponible depuis le 1er novembre 2020, remplace Project Service Automation pour les clients commerciaux : ventes, ressources, réalisation et comptabilité des projets dans une seule application.',
    },
    productType: 'OnlineServicesNCE',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Dynamics 365 Project Operations',
        description: {
          en: 'Full user licence.',
          fr: 'Licence utilisateur complète.',
        },
        segment: 'commercial',
        usdPerMonth: 120,
        terms: ['P1M', 'P1Y', 'P3Y'],
      },
      {
        id: '0002',
        title: 'Dynamics 365 Project Operations Attach',
        description: {
          en: 'Attach licence for users who already hold a qualifying Dynamics 365 base licence.',
          fr: 'Licence complémentaire pour les utilisateurs qui ont déjà une licence de base Dynamics 365 admissible.',
        },
        segment: 'commercial',
        usdPerMonth: 30,
        terms: ['P1M', 'P1Y'],
        prerequisites: [sku(ids.d365Finance), sku(ids.projectOperations)],
      },
      {
        id: '0003',
        title: 'Dynamics 365 Project Operations ISV Embed (36 months)',
        description: {
          en: 'For independent software vendors embedding Project Operations in their solution; three-year term only.',
          fr: 'Pour les éditeurs de logiciels qui intègrent Project Operations à leur solution ; durée de trois ans uniquement.',
        },
        segment: 'commercial',
        usdPerMonth: 90,
        terms: ['P3Y'],
      },
    ],
  },
  {
    id: ids.azurePlan,
    title: 'Azure plan',
    description: {
      en: 'Pay-as-you-go access to Azure services, billed on consumption.',
      fr: 'Accès aux services Azure avec paiement à l’utilisation, facturé selon la consommation.',
    },
    productType: 'Azure',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Microsoft Azure plan',
        description: {
          en: 'One plan per customer; usage is billed monthly in arrears.',
          fr: 'Un plan par client ; la consommation est facturée chaque mois, à terme échu.',
        },
        segment: 'commercial',
        usdPerMonth: 0,
        terms: ['P1M'],
        maximumQuantity: 1,
        meteredBilling: true,
      },
    ],
  },
  {
    id: ids.saasInsights,
    title: 'Fabrikam Meeting Insights',
    description: {
      en: 'A SaaS analytics service for Teams meetings, with a monthly licence plus metered usage.',
      fr: 'Un service SaaS d’analyse des réunions Teams : une licence mensuelle plus une consommation mesurée.',
    },
    productType: 'SaaS',
    publisherName: 'Fabrikam Software Inc.',
    skus: [
      {
        id: '0001',
        title: 'Fabrikam Meeting Insights Standard (metered)',
        description: {
          en: 'Base fee per user, plus usage beyond the included analysis hours (metered billing, new in Partner Center since November 2020).',
          fr: 'Forfait de base par utilisateur, plus la consommation au-delà des heures d’analyse incluses (facturation à l’usage, nouvelle dans l’Espace partenaires depuis novembre 2020).',
        },
        segment: 'commercial',
        usdPerMonth: 25,
        terms: ['P1M', 'P1Y'],
        meteredBilling: true,
      },
    ],
  },
  {
    id: ids.windowsServer,
    title: 'Windows Server 2019 Standard',
    description: {
      en: 'Server operating system licence, 16 cores.',
      fr: 'Licence de système d’exploitation serveur, 16 cœurs.',
    },
    productType: 'Software',
    publisherName: 'Microsoft Corporation',
    skus: [
      {
        id: '0001',
        title: 'Windows Server 2019 Standard - 16 Core License Pack',
        description: {
          en: 'Perpetual-style software subscription for on-premises servers.',
          fr: 'Abonnement logiciel de type perpétuel pour les serveurs locaux.',
        },
        segment: 'commercial',
        usdPerMonth: 62,
        terms: ['P1Y', 'P3Y'],
      },
    ],
  },
];

/** Markets: currency, rate from USD, region groups the promotions use. */
export interface Market {
  currency: string;
  symbol: string;
  usdRate: number;
  euEfta?: boolean;
  region?: 'latam' | 'india' | 'apacEmerging' | 'apacDeveloped';
}

// Since January 2021, new-commerce offers sold to customers in the EU/EFTA are billed in the
// partner's currency rather than the customer's.

const usd = { currency: 'USD', symbol: '$', usdRate: 1 };
export const markets: Record<string, Market> = {
  US: usd,
  CA: { currency: 'CAD', symbol: '$', usdRate: 1.35 },
  GB: { currency: 'GBP', symbol: '£', usdRate: 0.8 },
  IE: { currency: 'EUR', symbol: '€', usdRate: 0.92, euEfta: true },
  FR: { currency: 'EUR', symbol: '€', usdRate: 0.92, euEfta: true },
  DE: { currency: 'EUR', symbol: '€', usdRate: 0.92, euEfta: true },
  HU: { currency: 'HUF', symbol: 'Ft', usdRate: 360, euEfta: true },
  NO: { currency: 'NOK', symbol: 'kr', usdRate: 10.5, euEfta: true },
  CH: { currency: 'CHF', symbol: 'CHF', usdRate: 0.9, euEfta: true },
  BR: { currency: 'BRL', symbol: 'R$', usdRate: 5.4, region: 'latam' },
  MX: { currency: 'MXN', symbol: '$', usdRate: 17, region: 'latam' },
  IN: { currency: 'INR', symbol: '₹', usdRate: 83, region: 'india' },
  ID: { ...usd, region: 'apacEmerging' },
  VN: { ...usd, region: 'apacEmerging' },
  JP: { currency: 'JPY', symbol: '¥', usdRate: 150, region: 'apacDeveloped' },
  AU: { currency: 'AUD', symbol: '$', usdRate: 1.5, region: 'apacDeveloped' },
};

/** Any other market (the CIS screening countries among them) trades in USD. */
export function marketFor(country: string): Market {
  return markets[country.toUpperCase()] ?? usd;
}

/** The currency a new-commerce price is shown and billed in for a customer's country. */
export function billingCurrency(country: string): { code: string; symbol: string; usdRate: number } {
  const market = marketFor(country);
  if (market.euEfta) return partnerBillingCurrency;
  return { code: market.currency, symbol: market.symbol, usdRate: market.usdRate };
}

export const termBillingCycles: Record<TermDuration, BillingCycle[]> = {
  P1M: ['monthly'],
  P1Y: ['monthly', 'annual'],
  P3Y: ['monthly', 'annual', 'triennial'],
};

/** Monthly terms cost 20 % more than the same seat on an annual commitment. */
export const monthlyTermPremium = 1.2;

export const qualificationLabels = { GovernmentCommunityCloud: 'GCC' } as const;

export interface PromotionFixture {
  id: string;
  name: string;
  description: Localized;
  startDate: string;
  endDate: string;
  discountFraction: number;
  discountDuration: string;
  applicableSkus: string[];
  /** Omitted = every market where the SKU is sold. */
  markets?: readonly string[];
  regions?: ReadonlyArray<NonNullable<Market['region']>>;
  legacyOfferIds: string[];
  rule: 'newToCloud' | 'noRecentVoice';
  maximumSeats?: number;
}

export const promotionFixtures: PromotionFixture[] = [
  {
    id: '39NFJQT1E1MM:0001',
    name: 'Office 365 E1 for mid-market',
    description: {
      en: '30 % off Office 365 E1 for customers new to the Microsoft cloud with up to 500 seats, in the emerging markets of Latin America, India and Asia-Pacific.',
      fr: '30 % de remise sur Office 365 E1 pour les clients nouveaux dans le cloud Microsoft, jusqu’à 500 licences, sur les marchés émergents d’Amérique latine, d’Inde et d’Asie-Pacifique.',
    },
    startDate: '2020-12-01',
    endDate: '2021-05-31',
    discountFraction: 0.3,
    discountDuration: 'P6M',
    applicableSkus: [sku(ids.o365E1)],
    regions: ['latam', 'india', 'apacEmerging'],
    legacyOfferIds: ['d20fdad5-f524-45e4-97b1-59a94c21778f'],
    rule: 'newToCloud',
    maximumSeats: 500,
  },
  {
    id: '39NFJQT1BV25:0001',
    name: 'Business Voice adoption (with calling plan)',
    description: {
      en: '25 % off Microsoft 365 Business Voice for 12 months, for new and renewing subscriptions, for tenants without an active or recently cancelled Business Voice or Audio Conferencing licence.',
      fr: '25 % de remise sur Microsoft 365 Business Voice pendant 12 mois, pour les nouveaux abonnements et les renouvellements, pour les locataires sans licence Business Voice ou Audioconférence active ou récemment annulée.',
    },
    startDate: '2020-11-01',
    endDate: '2021-04-30',
    discountFraction: 0.25,
    discountDuration: 'P12M',
    applicableSkus: [sku(ids.businessVoice)],
    markets: callingPlanMarkets,
    legacyOfferIds: [
      'e7d1d0fa-b769-45c7-aaea-c3e6f7402691',
      'ef3ff6bb-a288-4a56-9204-97b37ff9a0b8',
      '4244aed3-90ae-4754-8dc8-37f2e8d84e85',
    ],
    rule: 'noRecentVoice',
  },
  {
    id: '39NFJQT1BV33:0001',
    name: 'Business Voice adoption (without calling plan)',
    description: {
      en: '33 % off Microsoft 365 Business Voice without calling plan for 12 months, for tenants without an active or recently cancelled Business Voice or Audio Conferencing licence.',
      fr: '33 % de remise sur Microsoft 365 Business Voice sans forfait d’appels pendant 12 mois, pour les locataires sans licence Business Voice ou Audioconférence active ou récemment annulée.',
    },
    startDate: '2020-11-01',
    endDate: '2021-04-30',
    discountFraction: 0.33,
    discountDuration: 'P12M',
    applicableSkus: [sku(ids.businessVoice, '0002')],
    legacyOfferIds: [
      'b71df433-6fd9-4549-886d-577f7aa06070',
      '4ba4d580-4902-42b0-8411-a27358dd5405',
      'bbfd896b-e3d4-45ba-9319-14104d400069',
      '9b05d0b7-cfb4-42f1-9cc3-f698dba2838e',
    ],
    rule: 'noRecentVoice',
  },
];

/** SKUs whose licences block the Business Voice adoption promotion. */
export const voiceSkus = [sku(ids.businessVoice), sku(ids.businessVoice, '0002'), sku(ids.audioConferencing)];

/** A recently cancelled voice licence (within this many days) still blocks the promotion. */
export const recentCancellationDays = 30;
