import type { AnnouncementBlock, AnnouncementRecord, Localized, Text } from './types';

/**
 * Partner Center announcements for November 2020, newest first.
 * Facts (dates, ids, prices, codes, endpoints) follow the published page; the wording is our own.
 */

const l = (en: string, fr: string): Localized => ({ en, fr });
const p = (en: string, fr: string): AnnouncementBlock => ({ type: 'paragraph', text: l(en, fr) });
const h = (en: string, fr: string): AnnouncementBlock => ({ type: 'heading', text: l(en, fr) });
const ul = (...items: Text[]): AnnouncementBlock => ({ type: 'list', items });
const ol = (...items: Text[]): AnnouncementBlock => ({ type: 'list', ordered: true, items });
const table = (caption: Localized, columns: Text[], rows: Text[][]): AnnouncementBlock => ({
  type: 'table',
  caption,
  columns,
  rows,
});

const yes = l('Yes', 'Oui');
const none = '—';

const shareWithContacts = p(
  'Pass this information on to everyone in your company who needs it.',
  'Transmettez ces informations à toutes les personnes concernées dans votre société.',
);

const offerColumns: Text[] = [
  l('Offer name', 'Nom de l’offre'),
  l('Offer ID', 'ID de l’offre'),
  l('Material ID', 'ID de contenu'),
];

const projectOperationsMapping = l(
  'D365 for Operations, on-premises (AX Server), using the Dyn365 Project Operations SKU (109108477)',
  'D365 for Operations, en local (serveur AX), avec la référence SKU Dyn365 Project Operations (109108477)',
);

const businessVoicePromo = l(
  'Microsoft 365 Business Voice Adoption Promo',
  'Promotion d’adoption Microsoft 365 Business Voice',
);
const businessVoiceNoCallingPlanPromo = l(
  'Microsoft 365 Business Voice (without calling plan) Adoption Promo',
  'Promotion d’adoption Microsoft 365 Business Voice (sans forfait d’appels)',
);

export const november2020: AnnouncementRecord[] = [
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'saas-metered-billing',
    date: '2020-11-24',
    title: l(
      'Buy SaaS offers with metered billing directly in Partner Center',
      'Achetez les offres SaaS facturées à l’usage directement dans l’Espace partenaires',
    ),
    category: 'capabilities',
    topics: ['commercial-marketplace', 'billing'],
    summary: l(
      'Partners in the Cloud Solution Provider program can now purchase SaaS offers that use metered billing from within Partner Center.',
      'Les partenaires du programme Fournisseur de solutions Cloud peuvent désormais acheter, depuis l’Espace partenaires, les offres SaaS assorties d’une facturation à l’usage.',
    ),
    audience: l('All partners', 'Tous les partenaires'),
    details: [
      p(
        'This new way to buy is open to every partner in the Cloud Solution Provider program, indirect providers and direct bill partners included.',
        'Ce nouveau mode d’achat est ouvert à tous les partenaires du programme Fournisseur de solutions Cloud, fournisseurs indirects et partenaires en facturation directe compris.',
      ),
      p(
        'Until now, CSP partners could only find and buy metered-billing SaaS offers in the Azure portal. These offers can now be bought from the CSP Marketplace in Partner Center, or through the Partner Center API, exactly like the other kinds of SaaS offers.',
        'Jusqu’à présent, les partenaires CSP ne pouvaient consulter et acheter ces offres SaaS facturées à l’usage que dans le portail Azure. Elles s’achètent désormais depuis la Place de marché des fournisseurs de solutions Cloud dans l’Espace partenaires, ou via l’API de l’Espace partenaires, de la même manière que les autres types d’offres SaaS.',
      ),
    ],
    nextSteps: [shareWithContacts],
    appLinks: [
      {
        target: 'catalog.saasMetered',
        label: l('Browse SaaS offers with metered billing', 'Parcourir les offres SaaS facturées à l’usage'),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'unified-account-management',
    date: '2020-11-18',
    title: l(
      'A new, unified account management experience',
      'Une nouvelle expérience unifiée de gestion du compte',
    ),
    category: 'capabilities',
    topics: ['account-management'],
    summary: l(
      'Partner Center starts rolling out a redesigned account management experience on November 18. From then on, partners manage their account for every program in one place: Settings > Account settings.',
      'L’Espace partenaires commence le 18 novembre le déploiement d’une expérience de gestion du compte repensée. Les partenaires gèrent ensuite leur compte pour l’ensemble des programmes depuis un seul endroit : Paramètres > Paramètres du compte.',
    ),
    audience: l('All partners', 'Tous les partenaires'),
    details: [
      h('What changes', 'Ce qui change'),
      p(
        'Two views that used to be separate are merged into a single Account settings view: Partner settings, for partners enrolled in commercial programs (such as Microsoft Partner Network, Cloud Solution Provider and Referrals), and Developer settings, for partners enrolled in developer programs (such as the commercial marketplace and Windows & Xbox).',
        'Deux vues jusqu’ici distinctes sont réunies dans une vue unique, Paramètres du compte : les Paramètres partenaire, destinés aux partenaires inscrits à des programmes commerciaux (par exemple Microsoft Partner Network, Fournisseur de solutions Cloud ou Référents), et les Paramètres de développeur, destinés aux partenaires inscrits à des programmes pour développeurs (par exemple la Place de marché commerciale ou Windows et Xbox).',
      ),
      h('Where to find it', 'Où la trouver'),
      p(
        'Sign in to the Partner Center dashboard, select the Settings icon, then select Account settings. You no longer pick Partner or Developer first: all profiles and settings are now shown together.',
        'Connectez-vous au tableau de bord de l’Espace partenaires, sélectionnez l’icône Paramètres, puis Paramètres du compte. Il n’est plus nécessaire de choisir d’abord entre Partenaire et Développeur : tous les profils et paramètres sont désormais regroupés.',
      ),
      h('Left navigation', 'Volet de navigation gauche'),
      ul(
        l(
          'Organization profile > Legal: your legal business profile, your partner profile and your company locations.',
          'Profil de l’organisation > Informations légales : le profil légal de votre entreprise, votre profil de partenaire et les sites de votre société.',
        ),
        l(
          'Organization profile > Tenants: everything about your Azure AD tenants, both commercial and developer.',
          'Profil de l’organisation > Locataires : toutes les informations sur vos locataires Azure AD, qu’ils soient commerciaux ou de développement.',
        ),
        l(
          'Organization profile > Identifiers: your company’s Partner Center identities, such as MPNIDs and publisherIds.',
          'Profil de l’organisation > Identificateurs : les identités de votre société dans l’Espace partenaires, comme les MPNID et les publisherId.',
        ),
        l(
          'User management: manage users and give them commercial and developer roles from a single place; Azure AD groups and Azure AD applications are managed here as well.',
          'Gestion des utilisateurs : gérez vos utilisateurs et attribuez-leur des rôles commerciaux et de développeur depuis un seul endroit ; les groupes et les applications Azure AD se gèrent également ici.',
        ),
      ),
    ],
    nextSteps: [shareWithContacts],
    appLinks: [
      {
        target: 'settings.account',
        label: l('Open Account settings', 'Ouvrir les paramètres du compte'),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'office-365-e1-mid-market-promo',
    date: '2020-11-18',
    title: l(
      'Office 365 E1 mid-market promotion (LATAM, APAC and India)',
      'Promotion Office 365 E1 pour les entreprises de taille moyenne (Amérique latine, Asie-Pacifique et Inde)',
    ),
    category: 'offers-markets',
    topics: ['promotions'],
    summary: l(
      'A new Office 365 E1 promotion for mid-market customers is on its way. It is limited to the emerging markets of LATAM, India and APAC; developed markets within APAC are excluded.',
      'Une nouvelle promotion Office 365 E1 destinée aux entreprises de taille moyenne arrive. Elle est limitée aux marchés émergents d’Amérique latine (LATAM), d’Inde et d’Asie-Pacifique (APAC) ; les marchés développés de la zone APAC en sont exclus.',
    ),
    audience: l(
      'All partners selling through the Cloud Solution Provider (CSP) program in the participating markets: the emerging markets of LATAM, India and APAC.',
      'Tous les partenaires qui vendent via le programme Fournisseur de solutions Cloud (CSP) sur les marchés participants : les marchés émergents d’Amérique latine, d’Inde et d’Asie-Pacifique.',
    ),
    details: [
      ul(
        l(
          'Discount: 30% off Office 365 E1 in CSP.',
          'Remise : 30 % sur Office 365 E1 dans le programme CSP.',
        ),
        l(
          'Availability: from December 1, 2020, for six months, until May 31, 2021.',
          'Disponibilité : à partir du 1er décembre 2020, pendant six mois, jusqu’au 31 mai 2021.',
        ),
        l(
          'Eligible customers: customers new to the MW cloud, with up to 500 seats.',
          'Clients éligibles : clients qui n’utilisent pas encore le cloud MW et comptent au maximum 500 postes.',
        ),
        l(
          'Markets: only the emerging markets of LATAM, India and APAC, to help customers there move to the cloud.',
          'Marchés : uniquement les marchés émergents d’Amérique latine, d’Inde et d’Asie-Pacifique, afin d’y faciliter le passage au cloud.',
        ),
      ),
      table(
        l('Offer details', 'Détails de l’offre'),
        [l('Offer name', 'Nom de l’offre'), l('Offer ID', 'ID de l’offre')],
        [
          [
            l(
              'Office 365 E1 for mid-market Promo',
              'Promotion Office 365 E1 pour les entreprises de taille moyenne',
            ),
            'd20fdad5-f524-45e4-97b1-59a94c21778f',
          ],
        ],
      ),
    ],
    nextSteps: [
      ul(
        l(
          'The promotion opens on December 1. Until then, brief the relevant contacts in your organization in the participating regions.',
          'La promotion sera ouverte le 1er décembre. D’ici là, informez les interlocuteurs concernés de votre organisation dans les régions participantes.',
        ),
        l(
          'Start reaching out to customers in the participating regions who are not in the cloud yet.',
          'Commencez à approcher les clients des régions participantes qui ne sont pas encore passés au cloud.',
        ),
        l(
          'For questions or more information, contact Partner Center support.',
          'Pour toute question ou information complémentaire, contactez le support de l’Espace partenaires.',
        ),
      ),
    ],
    appLinks: [
      {
        target: 'catalog.office365E1',
        label: l('View Office 365 E1 in the catalog', 'Voir Office 365 E1 dans le catalogue'),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'enhanced-customer-screening',
    date: '2020-11-17',
    title: l(
      'Stronger customer screening in certain countries: Partner Center API and UI updates',
      'Filtrage renforcé des clients dans certains pays : mises à jour de l’API et de l’interface de l’Espace partenaires',
    ),
    category: 'capabilities',
    topics: ['enhanced-customer-screening', 'api'],
    summary: l(
      'To keep business practices compliant, partners with customers in certain countries must now supply a few extra details about those customers the next time they update an existing subscription or create a new one for them.',
      'Pour garantir des pratiques commerciales conformes, les partenaires ayant des clients dans certains pays doivent désormais fournir quelques informations supplémentaires sur ces clients lors de la prochaine mise à jour d’un abonnement existant ou de la création d’un nouvel abonnement.',
    ),
    audience: l(
      'Direct bill partners and indirect providers in the Cloud Solution Provider (CSP) program with new or existing customers in Armenia (AM), Azerbaijan (AZ), Belarus (BY), Hungary (HU), Kazakhstan (KZ), Kyrgyzstan (KG), Moldova (MD), Russia (RU), Tajikistan (TJ), Uzbekistan (UZ) or Ukraine (UA).',
      'Partenaires en facturation directe et fournisseurs indirects du programme Fournisseur de solutions Cloud (CSP) ayant des clients, nouveaux ou existants, en Arménie (AM), en Azerbaïdjan (AZ), en Biélorussie (BY), en Hongrie (HU), au Kazakhstan (KZ), au Kirghizistan (KG), en Moldavie (MD), en Russie (RU), au Tadjikistan (TJ), en Ouzbékistan (UZ) ou en Ukraine (UA).',
    ),
    details: [
      p(
        'Trust is at the heart of how Microsoft operates, and customer validation for CSP subscriptions has to be compliant, safe and secure. The Partner Center API and UI enhancements described here affect a partner only when both of the following are true:',
        'La confiance est au cœur du fonctionnement de Microsoft, et la validation des clients pour les abonnements CSP doit être conforme, sûre et sécurisée. Les améliorations de l’API et de l’interface de l’Espace partenaires décrites ici ne concernent un partenaire que si les deux conditions suivantes sont réunies :',
      ),
      ul(
        l(
          'The partner is billed directly by Microsoft (for example, a direct bill partner or an indirect provider).',
          'Le partenaire est facturé directement par Microsoft (par exemple en tant que partenaire en facturation directe ou fournisseur indirect).',
        ),
        l(
          'The partner has new or existing customers in Armenia (AM), Azerbaijan (AZ), Belarus (BY), Hungary (HU), Kazakhstan (KZ), Kyrgyzstan (KG), Moldova (MD), Russia (RU), Tajikistan (TJ), Uzbekistan (UZ) or Ukraine (UA).',
          'Le partenaire a des clients, nouveaux ou existants, en Arménie (AM), en Azerbaïdjan (AZ), en Biélorussie (BY), en Hongrie (HU), au Kazakhstan (KZ), au Kirghizistan (KG), en Moldavie (MD), en Russie (RU), au Tadjikistan (TJ), en Ouzbékistan (UZ) ou en Ukraine (UA).',
        ),
      ),
      p(
        'For a customer in one of these countries, such a partner must now enter the customer’s Legal Identifier (also called the Organization INN) and the customer’s phone number the next time it updates or creates a subscription for that customer. A middle name can also be entered for the customer; it is optional.',
        'Pour un client situé dans l’un de ces pays, ce partenaire doit désormais saisir l’identificateur légal du client (aussi appelé code INN de l’organisation) ainsi que son numéro de téléphone lors de la prochaine mise à jour ou création d’un abonnement pour ce client. Un deuxième prénom peut également être renseigné ; il reste facultatif.',
      ),
      h('What is new in Partner Center', 'Nouveautés de l’Espace partenaires'),
      ul(
        l(
          'Partner Center UI changes that improve the validation of customers in specific countries.',
          'Des évolutions de l’interface de l’Espace partenaires qui améliorent la validation des clients de certains pays.',
        ),
        l(
          'New APIs that support this improved validation of customers in specific countries.',
          'De nouvelles API qui prennent en charge cette validation améliorée des clients de certains pays.',
        ),
      ),
      h('Partner Center UI: Customer Account page', 'Interface de l’Espace partenaires : page Compte client'),
      p(
        'The Customer Account page in Partner Center now behaves as follows:',
        'La page Compte client de l’Espace partenaires évolue comme suit :',
      ),
      ol(
        l(
          'Organization INN (also called the Legal Identifier): now mandatory for customers in the countries concerned. Use letters and digits only, with no hyphens, special characters or spaces. Confirm the customer’s legal identifier (for example its Tax ID or INN number) with your contact at the customer; the table below gives the rules for each country.',
          'Code INN de l’organisation (aussi appelé identificateur légal) : désormais obligatoire pour les clients des pays concernés. Saisissez uniquement des lettres et des chiffres, sans trait d’union, caractère spécial ni espace. Vérifiez l’identificateur légal du client (par exemple son numéro d’identification fiscale ou son code INN) auprès de votre interlocuteur chez le client ; le tableau ci-dessous précise les règles propres à chaque pays.',
        ),
        l(
          'Middle name: optional for every customer. If you know the customer’s middle name or initial, you can enter it here.',
          'Deuxième prénom : facultatif pour tous les clients. Si vous connaissez le deuxième prénom du client ou son initiale, vous pouvez l’indiquer ici.',
        ),
        l(
          'Phone number: this field used to be optional and is now mandatory for customers in the countries concerned.',
          'Numéro de téléphone : ce champ, auparavant facultatif, est désormais obligatoire pour les clients des pays concernés.',
        ),
      ),
      table(
        l(
          'Organization INN (Legal Identifier) requirements by country',
          'Règles du champ Code INN de l’organisation (identificateur légal) par pays',
        ),
        [
          l('Country or region', 'Pays ou région'),
          l('A14 area', 'Zone A14'),
          l('ISO country code', 'Code pays ISO'),
          l('Allowed characters', 'Caractères autorisés'),
          l('Field name in the local language', 'Nom du champ dans la langue locale'),
          l('English translation or comments', 'Traduction anglaise ou commentaires'),
        ],
        [
          [
            l('Armenia', 'Arménie'),
            'CEE',
            'AM',
            l('8 or 10 digits', '8 ou 10 chiffres'),
            'УНН/NZOU/НЗОУ/ հանրային ծառայության համարանիշը',
            l('UNN/Public service number', 'UNN/Numéro de service public'),
          ],
          [
            l('Azerbaijan', 'Azerbaïdjan'),
            'CEE',
            'AZ',
            l('7 or 10 digits', '7 ou 10 chiffres'),
            'ИНН/VOEN/ПИК',
            l('TIN/INN/PIC', 'NIF/INN/PIC'),
          ],
          [
            l('Belarus', 'Biélorussie'),
            'CEE',
            'BY',
            l('9 digits', '9 chiffres'),
            'УНП',
            l('UNP (the Tax ID)', 'UNP (numéro d’identification fiscale)'),
          ],
          [
            l('Hungary', 'Hongrie'),
            'CEE',
            'HU',
            l('10 or 11 digits', '10 ou 11 chiffres'),
            'TIN',
            l('TIN (Tax ID)', 'NIF (numéro d’identification fiscale)'),
          ],
          [l('Kazakhstan', 'Kazakhstan'), 'CEE', 'KZ', l('12 digits', '12 chiffres'), 'БИН/ИИН', 'BIN/IIN'],
          [
            l('Kyrgyzstan', 'Kirghizistan'),
            'CEE',
            'KG',
            l('14 digits', '14 chiffres'),
            'ИНН',
            l('UNN/Public service number', 'UNN/Numéro de service public'),
          ],
          [
            l('Moldova', 'Moldavie'),
            'CEE',
            'MD',
            l('6, 7, 8 or 13 digits', '6, 7, 8 ou 13 chiffres'),
            'IDNO/IDNP',
            l(
              'The state identification number (IDNO) assigned to a legal entity also serves as its fiscal code. Reference: the “State Register of Law Units” of companies registered in the Republic of Moldova, published by the Ministry of Information and Communications Technology on the government open-data portal data.gov.md.',
              'Le numéro d’identification d’État (IDNO) attribué à une entité juridique lui sert aussi de code fiscal. Référence : le « registre d’État des unités juridiques » des sociétés immatriculées en République de Moldavie, publié par le ministère des Technologies de l’information et des Communications sur le portail gouvernemental de données ouvertes data.gov.md.',
            ),
          ],
          [l('Russia', 'Russie'), 'CEE', 'RU', l('9, 10 or 12 digits', '9, 10 ou 12 chiffres'), 'ИНН', 'INN'],
          [
            l('Tajikistan', 'Tadjikistan'),
            'CEE',
            'TJ',
            l('9, 10 or 12 digits', '9, 10 ou 12 chiffres'),
            'ИНН/ЕИН/КПП',
            'INN/EIN/KPP',
          ],
          [l('Uzbekistan', 'Ouzbékistan'), 'CEE', 'UZ', l('9 digits', '9 chiffres'), 'INN', 'INN'],
          [
            l('Ukraine', 'Ukraine'),
            'CEE',
            'UA',
            l('8, 10 or 12 digits', '8, 10 ou 12 chiffres'),
            'EGRPOU/EDRPOU',
            l('Identification code of a legal entity', 'Code d’identification d’une entité juridique'),
          ],
        ],
      ),
      h('Partner Center API changes', 'Modifications de l’API de l’Espace partenaires'),
      p(
        'The Partner Center API contract changes below apply only to partners who manage customer accounts in the countries listed above.',
        'Les modifications de contrat de l’API de l’Espace partenaires ci-dessous ne s’appliquent qu’aux partenaires qui gèrent des comptes clients dans les pays énumérés plus haut.',
      ),
      p(
        'Note: if your integration reads Partner Center JSON responses with a strict interpretation, these changes may affect you unless you update your side. A strict JSON integration is not a recommended way to work with the Partner Center APIs.',
        'Remarque : si votre intégration interprète de façon stricte les réponses JSON de l’Espace partenaires, ces modifications peuvent vous affecter si vous ne faites pas les mises à jour nécessaires de votre côté. Une intégration JSON stricte n’est pas recommandée avec les API de l’Espace partenaires.',
      ),
      table(
        l('Updates to REST resources', 'Mises à jour des ressources REST'),
        [l('Change', 'Modification'), l('Field or codes', 'Champ ou codes')],
        [
          [l('New required field', 'Nouveau champ obligatoire'), 'organizationRegistrationNumber'],
          [l('Existing field, now required', 'Champ existant, désormais obligatoire'), 'PhoneNumber'],
          [l('Optional field', 'Champ facultatif'), 'MiddleName'],
          [
            l('New BadRequest REST error codes', 'Nouveaux codes d’erreur REST BadRequest'),
            '600002, 600049, 600050, 600051',
          ],
        ],
      ),
      p(
        'Related Partner Center documentation: for the field changes, Create a customer, Create a customer for an indirect reseller, Customer resources and Utility resources; for the error codes, Partner Center REST error codes.',
        'Documentation associée de l’Espace partenaires : pour les champs, Créer un client, Créer un client pour un revendeur indirect, Ressources relatives au client et Ressources utilitaires ; pour les codes d’erreur, Codes d’erreur REST de l’Espace partenaires.',
      ),
      h('Proposed external contract for customers', 'Contrat externe proposé pour les clients'),
      p(
        'In the proposed contract, CustomerCompanyProfile derives from ResourceBaseWithLinks and gains OrganizationRegistrationNumber; Address gains MiddleName. Every property is a string except CustomerCompanyProfile.Address, which is of type Address.',
        'Dans le contrat proposé, CustomerCompanyProfile hérite de ResourceBaseWithLinks et reçoit la propriété OrganizationRegistrationNumber ; Address reçoit MiddleName. Toutes les propriétés sont de type string, sauf CustomerCompanyProfile.Address, de type Address.',
      ),
      table(
        l(
          'Proposed C# contract: CustomerCompanyProfile and Address',
          'Contrat C# proposé : CustomerCompanyProfile et Address',
        ),
        [l('Class', 'Classe'), l('Property', 'Propriété'), l('Type', 'Type'), l('Status', 'Statut')],
        [
          ['CustomerCompanyProfile', 'TenantId', 'string', l('Existing', 'Existante')],
          ['CustomerCompanyProfile', 'Domain', 'string', l('Existing', 'Existante')],
          ['CustomerCompanyProfile', 'CompanyName', 'string', l('Existing', 'Existante')],
          ['CustomerCompanyProfile', 'Address', 'Address', l('Existing', 'Existante')],
          ['CustomerCompanyProfile', 'Email', 'string', l('Existing', 'Existante')],
          [
            'CustomerCompanyProfile',
            'OrganizationRegistrationNumber',
            'string',
            l('Newly added', 'Nouvelle'),
          ],
          ['Address', 'Id', 'string', l('Existing', 'Existante')],
          ['Address', 'Country', 'string', l('Existing', 'Existante')],
          ['Address', 'Region', 'string', l('Existing', 'Existante')],
          ['Address', 'City', 'string', l('Existing', 'Existante')],
          ['Address', 'PostalCode', 'string', l('Existing', 'Existante')],
          ['Address', 'AddressLine1', 'string', l('Existing', 'Existante')],
          ['Address', 'AddressLine2', 'string', l('Existing', 'Existante')],
          ['Address', 'AddressLine3', 'string', l('Existing', 'Existante')],
          ['Address', 'FirstName', 'string', l('Existing', 'Existante')],
          ['Address', 'LastName', 'string', l('Existing', 'Existante')],
          ['Address', 'PhoneNumber', 'string', l('Existing', 'Existante')],
          ['Address', 'EmailAddress', 'string', l('Existing', 'Existante')],
          ['Address', 'MiddleName', 'string', l('Newly added', 'Nouvelle')],
        ],
      ),
    ],
    nextSteps: [
      ul(
        l(
          'Review the new Partner Center UI and API changes.',
          'Prenez connaissance des nouvelles modifications de l’interface et de l’API de l’Espace partenaires.',
        ),
        l(
          'Before you next create or update a subscription for a customer in one of these countries, open the customer’s account information and make sure the two newly required fields are filled in: Organization INN (Legal Identifier) and Phone Number. You can update them in the Partner Center dashboard or through the Partner Center APIs.',
          'Avant de créer ou de mettre à jour un abonnement pour un client situé dans l’un de ces pays, ouvrez les informations de compte du client et vérifiez que les deux champs devenus obligatoires sont renseignés : Code INN de l’organisation (identificateur légal) et Numéro de téléphone. Vous pouvez les mettre à jour dans le tableau de bord de l’Espace partenaires ou via les API de l’Espace partenaires.',
        ),
        l(
          'Share this information with the relevant teams in your organization so they can get ready for these changes.',
          'Communiquez ces informations aux équipes concernées de votre organisation afin qu’elles se préparent à ces changements.',
        ),
      ),
    ],
    appLinks: [
      {
        target: 'customers.missingScreening',
        label: l(
          'Find customers with missing screening details',
          'Trouver les clients dont les informations de filtrage manquent',
        ),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'eu-efta-partner-billing-currency',
    date: '2020-11-17',
    title: l(
      'EU/EFTA: new commerce offers move to partner billing currency',
      'UE/AELE : les nouvelles offres commerciales passent à la devise de facturation du partenaire',
    ),
    category: 'capabilities',
    topics: ['new-commerce', 'billing'],
    summary: l(
      'In the European Union (EU) and European Free Trade Association (EFTA) region, every new commerce offer in the Cloud Solution Provider program will be billed according to the partner’s billing location instead of the customer’s. Microsoft will therefore invoice partners in the currency of their own location rather than their customers’. The change happens in two phases.',
      'Dans la région Union européenne (UE) / Association européenne de libre-échange (AELE), toutes les nouvelles offres commerciales du programme Fournisseur de solutions Cloud seront facturées selon l’emplacement de facturation du partenaire, et non plus celui du client. Microsoft facturera donc les partenaires dans la devise de leur propre emplacement plutôt que dans celle de leurs clients. Le changement se fait en deux phases.',
    ),
    audience: l(
      'Partners selling through the Cloud Solution Provider program in the EU/EFTA region',
      'Partenaires qui vendent via le programme Fournisseur de solutions Cloud dans la région UE/AELE',
    ),
    details: [
      h(
        'Phase 1: new customers buying a new commerce offer in CSP',
        'Phase 1 : nouveaux clients achetant une nouvelle offre commerciale dans CSP',
      ),
      p(
        'From January 2021, when new customers buy new commerce offers, the partner is billed for those purchases in the partner’s location currency. During this phase, partners whose existing customers already bought new commerce offers in CSP keep being billed in the currency of the customer’s billing location.',
        'À partir de janvier 2021, lorsque de nouveaux clients achètent de nouvelles offres commerciales, le partenaire est facturé pour ces achats dans la devise de son propre emplacement. Pendant cette phase, les partenaires dont les clients existants ont déjà acheté de nouvelles offres commerciales dans CSP continuent d’être facturés dans la devise de l’emplacement de facturation du client.',
      ),
      h(
        'Phase 2: existing customers who bought a new commerce offer in CSP before January 2021',
        'Phase 2 : clients existants ayant acheté une nouvelle offre commerciale dans CSP avant janvier 2021',
      ),
      p(
        'After Phase 1, during calendar year 2021, Microsoft will switch billing of new commerce offers for these existing customers from customer location currency to partner location currency. Partners will be notified before this change is made.',
        'Après la phase 1, au cours de l’année civile 2021, Microsoft fera passer la facturation des nouvelles offres commerciales de ces clients existants de la devise de l’emplacement du client à celle de l’emplacement du partenaire. Les partenaires seront prévenus avant la mise en œuvre de ce changement.',
      ),
      p(
        'Note: only the partner’s billing currency changes. Prices of new commerce offers in CSP stay the same.',
        'Remarque : seule la devise de facturation du partenaire change. Les prix des nouvelles offres commerciales dans CSP restent inchangés.',
      ),
      p(
        'New commerce offers in scope: Azure subscriptions that belong to an Azure plan, Azure reservations, server subscriptions, perpetual software and Microsoft commercial marketplace purchases made in the Cloud Solution Provider program.',
        'Nouvelles offres commerciales concernées : les abonnements Azure rattachés à un plan Azure, les réservations Azure, les abonnements serveur, les logiciels perpétuels et les achats sur la Place de marché commerciale Microsoft effectués dans le programme Fournisseur de solutions Cloud.',
      ),
      h('Partner benefits', 'Avantages pour les partenaires'),
      ul(
        l(
          'Less complexity and overhead from multi-currency invoicing in the EU/EFTA region for the new commerce experience.',
          'Moins de complexité et de charge liées à la facturation multidevise dans la région UE/AELE pour la nouvelle expérience commerciale.',
        ),
        l(
          'One consolidated invoice in a single currency, instead of one invoice per customer location currency.',
          'Une facture consolidée dans une seule devise, au lieu d’une facture par devise d’emplacement client.',
        ),
        l(
          'Incentive payouts made in the same currency as the partner’s invoice.',
          'Des paiements d’incentives versés dans la même devise que la facture du partenaire.',
        ),
        l(
          'Simpler billing frees up the time and resources now spent reconciling accounts.',
          'Une facturation simplifiée libère le temps et les ressources aujourd’hui consacrés au rapprochement des comptes.',
        ),
        l(
          'For partners who have not adopted new commerce offers yet, the change matches the earlier partner billing model, which makes moving to the new commerce experience in CSP easier.',
          'Pour les partenaires qui n’ont pas encore adopté les nouvelles offres commerciales, ce changement reprend le modèle de facturation partenaire précédent, ce qui facilite le passage à la nouvelle expérience commerciale dans CSP.',
        ),
      ),
    ],
    nextSteps: [
      p(
        'Read the material on this topic in the Operations Gallery on the Microsoft partner website: https://partner.microsoft.com/resources/collection/eu-efta-changes-collection#/',
        'Consultez les ressources consacrées à ce sujet dans la Galerie des opérations du site web des partenaires Microsoft : https://partner.microsoft.com/resources/collection/eu-efta-changes-collection#/',
      ),
    ],
    appLinks: [],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'api-throttling',
    date: '2020-11-17',
    title: l(
      'API throttling for partners calling Partner Center APIs',
      'Limitation des appels pour les partenaires qui utilisent les API de l’Espace partenaires',
    ),
    category: 'capabilities',
    topics: ['api'],
    summary: l(
      'Microsoft is adding throttling for partners who call Partner Center APIs, so that performance stays consistent over any given period of time.',
      'Microsoft met en place une limitation (throttling) des appels pour les partenaires qui utilisent les API de l’Espace partenaires, afin que les performances restent homogènes sur une période donnée.',
    ),
    audience: l(
      'Partners selling through the Cloud Solution Provider program',
      'Partenaires qui vendent via le programme Fournisseur de solutions Cloud',
    ),
    details: [
      p(
        'Throttling arrives in Q1 2021. It caps the number of requests a client can send to a service within a set time window, so that resources are not overused. Once a client goes over a throttling threshold, Partner Center holds back that client’s further requests for a period of time.',
        'La limitation entrera en vigueur au premier trimestre 2021. Elle plafonne le nombre de requêtes qu’un client peut adresser à un service dans un intervalle donné, afin d’éviter la surutilisation des ressources. Dès qu’un client dépasse un seuil de limitation, l’Espace partenaires restreint ses requêtes suivantes pendant un certain temps.',
      ),
      h('Partner benefits', 'Avantages pour les partenaires'),
      p(
        'Partner Center is built for high request volumes. When a few partners send an overwhelming number of requests, throttling keeps performance and reliability at the right level for everyone and keeps downtime to a minimum. Curbing those peaks means consistent performance for all partners.',
        'L’Espace partenaires est conçu pour absorber un volume élevé de requêtes. Lorsque quelques partenaires en envoient un nombre excessif, la limitation préserve les performances et la fiabilité pour tous et réduit les interruptions au minimum. En écrêtant ces pics, on garantit des performances homogènes à l’ensemble des partenaires.',
      ),
      table(
        l('APIs to be throttled', 'API soumises à la limitation'),
        [
          l('Operation', 'Opération'),
          l('Partner Center documentation', 'Documentation de l’Espace partenaires'),
        ],
        [
          [
            '{baseURL}/v1/customers/{customer_id}/subscriptions',
            l('Get all of a customer’s subscriptions', 'Obtenir tous les abonnements d’un client'),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/subscriptions/{subscription_id}',
            l('Get a subscription by ID', 'Obtenir un abonnement par son ID'),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/orders',
            l('Get all of a customer’s orders', 'Obtenir toutes les commandes d’un client'),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/orders/{order_id}',
            l('Get an order by ID', 'Obtenir une commande par son ID'),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/orders/{order_id}/provisioningstatus',
            l('Get subscription provisioning status', 'Obtenir l’état de provisionnement d’un abonnement'),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/subscriptions/{subscription_id}',
            l('Manage orders and manage a subscription', 'Gérer les commandes et gérer un abonnement'),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/subscriptions/{subscription_id}/addons',
            l(
              'Get a list of add-ons for a subscription',
              'Obtenir la liste des modules complémentaires d’un abonnement',
            ),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/subscriptions/{subscription_id}/azureEntitlements',
            l(
              'Get a list of Azure entitlements for a subscription',
              'Obtenir la liste des droits Azure d’un abonnement',
            ),
          ],
          [
            '{baseURL}/v1/customers/{customer_id}/subscriptions/{subscription_id}/registrationstatus',
            l('Get subscription registration status', 'Obtenir l’état d’inscription d’un abonnement'),
          ],
          [
            '{baseURL}/v1/customers/{customer-tenant-id}/transfers',
            l('Get all of a customer’s transfers', 'Obtenir tous les transferts d’un client'),
          ],
          [
            '{baseURL}/v1/productUpgrades/{upgrade-id}/status',
            l('Get product upgrade status', 'Obtenir l’état de la mise à niveau d’un produit'),
          ],
          [
            '{baseURL}/v1/customers/{customer-id}/subscriptions/{subscription-id}/conversions',
            l('Get a list of trial conversion offers', 'Obtenir la liste des offres de conversion d’essai'),
          ],
        ],
      ),
      p(
        'This notice is meant to give partners early warning of the change so they can prepare. We strongly recommend getting familiar with these APIs and considering the activity log API, which is more efficient and helps avoid throttling. The API throttling guidance has the details.',
        'Cette annonce vise à prévenir les partenaires suffisamment tôt pour qu’ils puissent se préparer. Nous leur recommandons vivement de se familiariser avec ces API et d’envisager l’API du journal d’activité, plus efficace, qui aide à éviter la limitation. Tous les détails figurent dans l’aide sur la limitation des API.',
      ),
    ],
    nextSteps: [
      p(
        'Read the API throttling guidance and make the changes it recommends.',
        'Lisez l’aide sur la limitation des API et appliquez les mesures qu’elle préconise.',
      ),
    ],
    appLinks: [
      {
        target: 'devtools.throttling',
        label: l(
          'See API throttling in developer tools',
          'Voir la limitation des API dans les outils de développement',
        ),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'duplicate-mca-409-errors',
    date: '2020-11-16',
    title: l(
      '409 errors caused by duplicate MCA requests',
      'Erreurs 409 causées par des demandes MCA en double',
    ),
    category: 'capabilities',
    topics: ['api', 'agreements'],
    summary: l(
      'Duplicate MCA requests, sent by partners who leave out the agreement type parameter, will again be refused with 409 errors from January 14, 2021. A first enforcement on November 10, 2020 has been rolled back to give partners more time.',
      'Les demandes MCA en double, envoyées par les partenaires qui omettent le paramètre de type de contrat, seront de nouveau refusées avec une erreur 409 à partir du 14 janvier 2021. Une première mise en application le 10 novembre 2020 a été annulée pour laisser plus de temps aux partenaires.',
    ),
    audience: l(
      'Partners who submit customer agreement acceptances to Partner Center',
      'Partenaires qui transmettent à l’Espace partenaires l’acceptation des contrats par leurs clients',
    ),
    details: [
      h('Background', 'Contexte'),
      ul(
        l(
          'In February 2020, partners were asked to sign the Microsoft Customer Agreement (MCuA), a migration from the earlier Microsoft Cloud Agreement (MCA).',
          'En février 2020, les partenaires ont été invités à signer le Contrat client Microsoft (MCuA), qui remplaçait le précédent Contrat Microsoft Cloud (MCA).',
        ),
        l(
          'As part of that change, partners were asked to include the agreement type parameter, as described in the Partner Center documentation.',
          'Dans le cadre de ce changement, les partenaires devaient inclure le paramètre de type de contrat, comme l’indique la documentation de l’Espace partenaires.',
        ),
      ),
      h('What happened next', 'La suite des événements'),
      ul(
        l(
          'Some partners did not add the parameter to their implementation, and Microsoft returned the MCA to them.',
          'Certains partenaires n’ont pas ajouté le paramètre à leur implémentation, et Microsoft leur a renvoyé le MCA.',
        ),
        l(
          'Those partners then sent the signing request to the customer again and resubmitted the MCA to Microsoft.',
          'Ces partenaires ont alors renvoyé la demande de signature au client, puis soumis de nouveau le MCA à Microsoft.',
        ),
        l(
          'These duplicates hurt Microsoft’s ability to serve partners.',
          'Ces doublons ont nui à la capacité de Microsoft à servir les partenaires.',
        ),
        l(
          'In September 2020, Microsoft told partners through several Yammer forums to fix the parameter: duplicates could no longer be accepted and would get 409 errors.',
          'En septembre 2020, Microsoft a demandé aux partenaires, sur plusieurs forums Yammer, de corriger le paramètre : les doublons ne pouvaient plus être acceptés et recevraient une erreur 409.',
        ),
        l(
          'In October, Microsoft worked closely with the partners that had the most duplicate requests to fix the issue.',
          'En octobre, Microsoft a travaillé étroitement avec les partenaires qui avaient le plus de demandes en double pour résoudre le problème.',
        ),
        l(
          'Microsoft is now sending reminders to partners, plus personal emails to the top 10 offenders, asking them to review their requests and get in touch so Microsoft can help them test and resolve the issue.',
          'Microsoft envoie actuellement des rappels aux partenaires, ainsi que des e-mails personnels aux 10 principaux contrevenants, pour leur demander d’examiner leurs demandes et de prendre contact afin d’être aidés pour tester et résoudre le problème.',
        ),
        l(
          'On November 10, 2020, Microsoft stopped accepting duplicates, and partners that had not corrected the parameter received 409 errors.',
          'Le 10 novembre 2020, Microsoft a cessé d’accepter les doublons, et les partenaires qui n’avaient pas corrigé le paramètre ont reçu des erreurs 409.',
        ),
        l(
          'That change has since been rolled back, and duplicates are accepted again for now.',
          'Ce changement a depuis été annulé, et les doublons sont de nouveau acceptés pour le moment.',
        ),
        l(
          'From January 14, 2021, duplicates will once more be refused. This gives partners extra time to make their adjustments. One partner has already said it will deploy an update on 11/16 (November 16), and Microsoft is working closely with it.',
          'À partir du 14 janvier 2021, les doublons seront de nouveau refusés. Les partenaires disposent ainsi d’un délai supplémentaire pour faire leurs ajustements. Un partenaire a déjà annoncé le déploiement d’une mise à jour le 16/11 (16 novembre), et Microsoft l’accompagne de près.',
        ),
        l(
          'Partners are asked to contact Microsoft, which can add their tenants to a flight that includes the changes, so they can confirm their updated solution works as expected.',
          'Les partenaires sont invités à contacter Microsoft, qui peut ajouter leurs locataires à une version d’évaluation (flight) intégrant les changements, pour vérifier que leur solution mise à jour fonctionne comme prévu.',
        ),
      ),
      p(
        'Note: this was NOT a new contract or API change for partners.',
        'Remarque : il ne s’agissait PAS d’un nouveau contrat ni d’une modification de l’API pour les partenaires.',
      ),
    ],
    nextSteps: [
      ul(
        l(
          'Check that your implementation sends the agreement type parameter, so the same agreement is not submitted twice, before January 14, 2021.',
          'Vérifiez avant le 14 janvier 2021 que votre implémentation transmet le paramètre de type de contrat, afin qu’un même contrat ne soit pas soumis deux fois.',
        ),
        l(
          'Contact Microsoft to have your tenants added to the flight and test your updated solution.',
          'Contactez Microsoft pour faire ajouter vos locataires à la version d’évaluation et tester votre solution mise à jour.',
        ),
      ),
    ],
    appLinks: [],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'education-customer-validation-testing',
    date: '2020-11-10',
    title: l(
      'Testing open: Partner Center API and UI enhancements for Education customer validation',
      'Tests ouverts : améliorations de l’API et de l’interface de l’Espace partenaires pour la validation des clients Éducation',
    ),
    category: 'capabilities',
    topics: ['drive-efficiency-scale', 'education'],
    summary: l(
      'Partners can now test the Partner Center API updates and UI enhancements made to the Education customer validation process.',
      'Les partenaires peuvent désormais tester les mises à jour de l’API et les améliorations de l’interface de l’Espace partenaires apportées au processus de validation des clients Éducation.',
    ),
    audience: l(
      'Partners selling Academic offers through the Cloud Solution Provider (CSP) program',
      'Partenaires qui vendent des offres Éducation via le programme Fournisseur de solutions Cloud (CSP)',
    ),
    details: [
      p(
        'Trust is central to Microsoft, and customer validation for Academic offers in CSP must be compliant, safe and secure. With that aim, Partner Center API and UI enhancements are being introduced in the second quarter of this fiscal year (FY21 Q2). They make the validation process clearer and more visible, and let partners enter more accurate data, which will raise the validation success rate.',
        'La confiance est essentielle pour Microsoft, et la validation des clients pour les offres Éducation dans CSP doit être conforme, sûre et sécurisée. Dans cet objectif, des améliorations de l’API et de l’interface de l’Espace partenaires sont introduites au deuxième trimestre de l’exercice en cours (T2 de l’exercice 2021, FY21 Q2). Elles rendent le processus de validation plus clair et plus visible, et permettent de saisir des données plus précises, ce qui augmentera le taux de validations réussies.',
      ),
      h('Partner Center enhancements', 'Améliorations de l’Espace partenaires'),
      ul(
        l(
          'New GET and POST Qualifications APIs that support accurate data entry and improve how Microsoft validates Education customers.',
          'De nouvelles API Qualifications GET et POST qui facilitent la saisie de données précises et améliorent la validation des clients Éducation par Microsoft.',
        ),
        l(
          'UI enhancements that serve the same purpose: accurate data entry and a better Education customer validation process.',
          'Des améliorations de l’interface qui poursuivent le même but : une saisie de données précise et une meilleure validation des clients Éducation.',
        ),
      ),
      h('Testing', 'Tests'),
      p(
        'Partners can test these enhancements from October 2020, to understand the APIs and the data needed for a customer to be validated. More details on exact timing and how to take part will follow. The existing Partner Center APIs will be retired before the end of FY21 Q2, by which time you must have moved to the new Partner Center APIs.',
        'Les partenaires peuvent tester ces améliorations à partir d’octobre 2020 pour comprendre les API et les données nécessaires à la validation d’un client. Le calendrier exact et les modalités de participation seront précisés prochainement. Les API actuelles de l’Espace partenaires seront mises hors service avant la fin du T2 de l’exercice 2021 ; vous devrez alors être passé aux nouvelles API.',
      ),
      p(
        'Testing is available: partner testing runs from October 2 to December 2, 2020. Partners who want to take part should download the Partner Center Education customer testing guide, which explains how to prepare, how to sign up and what to expect during testing.',
        'Les tests sont ouverts : la période de test des partenaires va du 2 octobre au 2 décembre 2020. Les partenaires qui souhaitent y participer doivent télécharger le guide de test des clients Éducation de l’Espace partenaires, qui explique comment se préparer, comment s’inscrire et à quoi s’attendre pendant la phase de test.',
      ),
      h('Library and museum customers', 'Clients bibliothèques et musées'),
      p(
        'In addition, in FY21 Q2 Academic-priced offers will be opened to library and museum customers, widening the set of Education customers you can sell CSP offers to.',
        'Par ailleurs, au T2 de l’exercice 2021, les offres au tarif Éducation seront ouvertes aux bibliothèques et aux musées, ce qui élargit l’éventail de clients Éducation auxquels vous pouvez vendre des offres CSP.',
      ),
      p(
        'Microsoft may review whether any customer or prospective customer qualifies as an educational user. See the Academic Qualified Education User requirements for full details.',
        'Microsoft se réserve le droit de vérifier si un client, existant ou potentiel, remplit les conditions d’un utilisateur Éducation. Consultez les critères d’utilisateur Éducation qualifié (Academic Qualified Education User) pour tous les détails.',
      ),
    ],
    nextSteps: [
      ul(
        l(
          'Download the Partner Center Education customer testing guide and sign up to test before the window closes on December 2, 2020.',
          'Téléchargez le guide de test des clients Éducation de l’Espace partenaires et inscrivez-vous avant la fin de la période de test, le 2 décembre 2020.',
        ),
        l(
          'Plan your move to the new Partner Center APIs before the existing ones are retired at the end of FY21 Q2.',
          'Planifiez votre passage aux nouvelles API de l’Espace partenaires avant la mise hors service des API actuelles, à la fin du T2 de l’exercice 2021.',
        ),
        l(
          'Make sure your organization knows the Academic Qualified Education User requirements.',
          'Assurez-vous que votre organisation connaît les critères d’utilisateur Éducation qualifié.',
        ),
        l(
          'Share this information with the relevant teams in your organization.',
          'Communiquez ces informations aux équipes concernées de votre organisation.',
        ),
      ),
    ],
    appLinks: [],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'commercial-licensing-readiness-content',
    date: '2020-11-05',
    title: l(
      'Commercial Licensing partner content now also in the Operations Readiness Gallery',
      'Le contenu partenaire sur les licences commerciales arrive dans la Galerie de préparation opérationnelle',
    ),
    category: 'capabilities',
    topics: ['readiness'],
    summary: l(
      'From November 5, 2020, the Commercial Licensing partner content from Partner University is also available in the Operations Readiness Gallery.',
      'À partir du 5 novembre 2020, le contenu partenaire consacré aux licences commerciales de l’Université partenaire est également proposé dans la Galerie de préparation opérationnelle.',
    ),
    audience: l('Commercial partners', 'Partenaires commerciaux'),
    details: [
      p(
        'The Operations Readiness Gallery already held operational content and Commercial Licensing partner launch content. It now also carries the long-standing Commercial Licensing partner content from Partner University, so partners find all their readiness material in one place. New collections have been added to the gallery for this purpose.',
        'La Galerie de préparation opérationnelle proposait déjà du contenu opérationnel et le contenu de lancement destiné aux partenaires sur les licences commerciales. Elle accueille désormais aussi le contenu permanent de l’Université partenaire sur les licences commerciales : les partenaires retrouvent ainsi toutes leurs ressources de préparation au même endroit. De nouvelles collections ont été ajoutées à la galerie à cet effet.',
      ),
    ],
    nextSteps: [
      p(
        'Share this information with all the relevant contacts in your organization.',
        'Communiquez ces informations à tous les interlocuteurs concernés de votre organisation.',
      ),
    ],
    appLinks: [],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'teams-rooms-premium',
    date: '2020-11-03',
    title: l(
      'Microsoft Teams Rooms Premium SKU launch',
      'Lancement de la référence SKU Salles Microsoft Teams Premium',
    ),
    category: 'offers-markets',
    topics: ['new-offers', 'teams'],
    summary: l(
      'The Microsoft Teams Rooms Premium SKU is now available through the Cloud Solution Provider (CSP) program.',
      'La référence SKU Salles Microsoft Teams Premium est désormais disponible via le programme Fournisseur de solutions Cloud (CSP).',
    ),
    audience: l(
      'All partners selling through the Cloud Solution Provider (CSP) program',
      'Tous les partenaires qui vendent via le programme Fournisseur de solutions Cloud (CSP)',
    ),
    details: [
      p(
        'Customers who buy CSP through you can now get the new Microsoft Teams Rooms Premium SKU at USD 50 per device per month. It is an alternative to the Microsoft Teams Rooms Standard SKU (formerly the Meeting Room license) and includes everything in Standard, such as the licenses needed for Microsoft Teams, Skype for Business Online and Intune management. It also enables Phone System, which is required for Public Switched Telephone Network (PSTN) integration, and Audio Conferencing where it is available.',
        'Les clients qui achètent CSP par votre intermédiaire peuvent désormais souscrire la nouvelle référence SKU Salles Microsoft Teams Premium, au prix de 50 USD par appareil et par mois. Elle constitue une alternative à la référence SKU Salles Microsoft Teams Standard (anciennement « Licence Salle de réunion ») et comprend tout ce qu’offre Standard, notamment les licences nécessaires pour Microsoft Teams, Skype Entreprise Online et la gestion Intune. Elle active aussi Système téléphonique, indispensable à l’intégration au réseau téléphonique commuté public (RTC), ainsi qu’Audioconférence là où ce service est disponible.',
      ),
      p(
        'Premium also gives customers access to the newly released Microsoft Teams Rooms Managed Services, in which experts run meeting-room management and operations on the customer’s behalf. This cloud-based IT management and monitoring service keeps Teams Rooms devices and their peripherals up to date and secure, monitors and manages them proactively, and keeps the environment tuned for a great in-room experience.',
        'Avec Premium, les clients accèdent en outre aux nouveaux services managés de Salles Microsoft Teams : des experts prennent en charge la gestion et l’exploitation des salles de réunion pour le compte du client. Ce service cloud de gestion et de supervision informatique maintient à jour et sécurise les appareils Salles Teams et leurs périphériques, les supervise et les gère de manière proactive, et entretient un environnement optimisé pour une excellente expérience en salle.',
      ),
      table(
        l(
          'Released at launch: Standard and Premium compared',
          'Disponible au lancement : comparaison Standard et Premium',
        ),
        [
          l('Capability', 'Fonctionnalité'),
          l(
            'Microsoft Teams Rooms Standard: USD 15 per device per month',
            'Salles Microsoft Teams Standard : 15 USD par appareil et par mois',
          ),
          l(
            'Microsoft Teams Rooms Premium: USD 50 per device per month',
            'Salles Microsoft Teams Premium : 50 USD par appareil et par mois',
          ),
        ],
        [
          [l('Skype for Business', 'Skype Entreprise'), yes, none],
          [l('Microsoft Teams', 'Microsoft Teams'), yes, yes],
          [l('Phone System', 'Système téléphonique'), yes, yes],
          [l('Audio Conferencing', 'Audioconférence'), yes, yes],
          [l('Microsoft Intune', 'Microsoft Intune'), yes, yes],
          [
            l('Microsoft Teams Rooms Managed Services', 'Services managés de Salles Microsoft Teams'),
            none,
            yes,
          ],
          [
            l('Worldwide availability', 'Disponibilité mondiale'),
            yes,
            l('In select markets', 'Sur certains marchés'),
          ],
        ],
      ),
      h('Microsoft Teams Rooms Managed Services', 'Services managés de Salles Microsoft Teams'),
      ul(
        l(
          'Proactive management: round-the-clock (24x7x365) management of your room systems, including patching and configuration management.',
          'Gestion proactive : gestion en continu (24x7x365) de vos systèmes de salle, y compris l’application des correctifs et la gestion de la configuration.',
        ),
        l(
          'Real-time monitoring and root-cause analysis: monitoring and detection, with incident response orchestrated by Microsoft together with the customer when needed. A mobile app keeps you alerted on the go.',
          'Supervision en temps réel et analyse des causes profondes : supervision et détection, avec une réponse aux incidents orchestrée par Microsoft en lien avec le client si nécessaire. Une application mobile vous tient informé en déplacement.',
        ),
        l(
          'Managed updates: management and delivery of application, Windows KB and firmware updates.',
          'Mises à jour managées : gestion et déploiement des mises à jour des applications, des articles de la Base de connaissances Windows (KB) et des microprogrammes.',
        ),
        l(
          'Security threat protection: provided through Microsoft Defender Advanced Threat Protection.',
          'Protection contre les menaces : assurée par Microsoft Defender Advanced Threat Protection.',
        ),
        l(
          'Customer support: 24x7x365 ticket-based support from a dedicated service operations center, with assisted remediation for incidents that are not automated, and granular role-based access control.',
          'Support client : assistance par tickets 24x7x365 assurée par un centre d’opérations dédié, avec correction assistée des incidents non automatisés, et contrôle d’accès précis basé sur les rôles.',
        ),
        l(
          'Insights and recommendations: insights aggregated across customers, and reports on room health, inventory, usage, online meetings and incident trends.',
          'Insights et recommandations : des analyses agrégées entre clients et des rapports sur l’état des salles, l’inventaire, l’utilisation, les réunions en ligne et les tendances des incidents.',
        ),
      ),
      table(l('Offer details', 'Détails de l’offre'), offerColumns, [
        [
          l('Teams Rooms Premium', 'Salles Teams Premium'),
          '5db9aa31-f039-4740-b122-a33514e4c492',
          '6XB-00007',
        ],
        [
          l('Teams Rooms Premium (USA and CAN)', 'Salles Teams Premium (États-Unis et Canada)'),
          '03070f91-cc77-4c2e-b269-4a214b3698ab',
          '6XB-00008',
        ],
        [
          l('Teams Rooms Premium for faculty', 'Salles Teams Premium pour le corps enseignant'),
          'd0c9a9a9-c9b6-41d7-9148-b60115c36c95',
          '6Y5-00005',
        ],
      ]),
    ],
    nextSteps: [
      ul(
        l(
          'Read the frequently asked questions (FAQ) to get to know the new offer and where it is available.',
          'Consultez les questions fréquentes (FAQ) pour découvrir la nouvelle offre et sa disponibilité géographique.',
        ),
        l(
          'Find out more about Microsoft Teams Rooms and related offers on the Microsoft Teams Rooms site.',
          'Découvrez Salles Microsoft Teams et les offres associées sur le site Salles Microsoft Teams.',
        ),
        l(
          'Use the Teams Partner Guide to build your Teams meeting-room practice and create a Co-sell Ready offer.',
          'Appuyez-vous sur le Guide du partenaire Teams pour développer votre activité autour des salles de réunion Teams et créer une offre prête pour la co-vente (Co-sell Ready).',
        ),
        l(
          'Review the Microsoft Teams Rooms FAQ to learn more about the product, the solution and its services.',
          'Parcourez la FAQ Salles Microsoft Teams pour en savoir plus sur le produit, la solution et ses services.',
        ),
        l(
          'Share this information with the relevant contacts in your organization and look for upsell and cross-sell opportunities.',
          'Partagez ces informations avec les interlocuteurs concernés de votre organisation et repérez les opportunités de vente incitative et de vente croisée.',
        ),
      ),
    ],
    appLinks: [
      {
        target: 'catalog.teamsRoomsPremium',
        label: l('View Teams Rooms Premium in the catalog', 'Voir Salles Teams Premium dans le catalogue'),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'teams-advanced-communications-gcc',
    date: '2020-11-02',
    title: l(
      'Microsoft Teams Advanced Communications SKU coming to Government Community Cloud (GCC)',
      'La référence SKU Microsoft Teams Advanced Communications arrive bientôt dans le Cloud de la communauté du secteur public (GCC)',
    ),
    category: 'offers-markets',
    topics: ['new-offers', 'teams', 'government'],
    summary: l(
      'A new Advanced Communications add-on SKU for Microsoft Teams in GCC will be available from December 1, 2020.',
      'Une nouvelle référence SKU du module complémentaire Advanced Communications pour Microsoft Teams dans GCC sera disponible à partir du 1er décembre 2020.',
    ),
    audience: l(
      'All partners selling through the Cloud Solution Provider (CSP) program',
      'Tous les partenaires qui vendent via le programme Fournisseur de solutions Cloud (CSP)',
    ),
    details: [
      p(
        'The Advanced Communications add-on for Microsoft Teams in GCC is priced at USD 12 per user per month. It can be bought on top of any other Microsoft 365 suite that includes Microsoft Teams, and adds capabilities for large meetings, communication policies and integrations, plus advanced IT management tools.',
        'Le module complémentaire Advanced Communications pour Microsoft Teams dans GCC est proposé à 12 USD par utilisateur et par mois. Il s’ajoute à toute autre suite Microsoft 365 comprenant Microsoft Teams et apporte des fonctionnalités pour les grandes réunions, les stratégies de communication et les intégrations, ainsi que des outils avancés de gestion informatique.',
      ),
      table(l('Offer details', 'Détails de l’offre'), offerColumns, [
        [
          l('Advanced Communications for GCC', 'Advanced Communications pour GCC'),
          '56fe76f5-f4ba-4fac-9561-d0daf59b01a1',
          '7FB-00003',
        ],
      ]),
      table(
        l('Frequently asked questions', 'Questions fréquentes'),
        [l('Question', 'Question'), l('Answer', 'Réponse')],
        [
          [
            l('What is Advanced Communications?', 'Qu’est-ce qu’Advanced Communications ?'),
            l(
              'A new Microsoft Teams add-on that lets customers take their communication experience further. It can be added to any Microsoft 365 SKU the customer subscribes to.',
              'Un nouveau module complémentaire Microsoft Teams qui permet aux clients d’enrichir leur expérience de communication. Il s’ajoute à toute référence SKU Microsoft 365 à laquelle le client est abonné.',
            ),
          ],
          [
            l('How much does it cost?', 'Combien coûte-t-il ?'),
            l(
              'The commercial ERP (estimated retail price) is USD 12 per user per month.',
              'Le prix de revente estimé (ERP) est de 12 USD par utilisateur et par mois.',
            ),
          ],
          [
            l('Which customers can buy it?', 'Quels clients peuvent l’acheter ?'),
            l('GCC customers.', 'Les clients GCC.'),
          ],
          [
            l('How can it be bought?', 'Comment l’acheter ?'),
            l(
              'Through Enterprise Agreement, Enterprise Agreement Subscription, Enrollment for Education Solutions, CSP or Web Direct.',
              'Via le Contrat Entreprise, le Contrat Entreprise Souscription, l’Inscription pour les solutions d’éducation, CSP ou Web Direct.',
            ),
          ],
          [
            l('Where can it be sold?', 'Où peut-il être vendu ?'),
            l('In US markets.', 'Sur les marchés des États-Unis.'),
          ],
          [
            l('What are the prerequisites?', 'Quels sont les prérequis ?'),
            l(
              'Any Microsoft 365 or Office 365 suite that includes Microsoft Teams.',
              'Toute suite Microsoft 365 ou Office 365 comprenant Microsoft Teams.',
            ),
          ],
        ],
      ),
    ],
    nextSteps: [
      ul(
        l(
          'Share this information with the relevant contacts in your organization and look for upsell and cross-sell opportunities.',
          'Partagez ces informations avec les interlocuteurs concernés de votre organisation et repérez les opportunités de vente incitative et de vente croisée.',
        ),
        l(
          'Go through the resources section of the Teams Partner Guide.',
          'Parcourez la section Ressources du Guide du partenaire Teams.',
        ),
      ),
    ],
    appLinks: [
      {
        target: 'catalog.advancedCommunications',
        label: l(
          'View Advanced Communications in the catalog',
          'Voir Advanced Communications dans le catalogue',
        ),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'dynamics-365-project-operations',
    date: '2020-11-02',
    title: l(
      'Dynamics 365: recently launched and upcoming offers and products',
      'Dynamics 365 : offres et produits récemment lancés et à venir',
    ),
    category: 'offers-markets',
    topics: ['new-offers', 'dynamics-365'],
    summary: l(
      'Dynamics 365 Project Operations offers were released on November 1, 2020, replacing Dynamics 365 Project Service Automation (PSA) for commercial customers. Three new ISV Embed offers and Dynamics 365 Customer Voice USL were released the same day.',
      'Les offres Dynamics 365 Project Operations ont été publiées le 1er novembre 2020 et remplacent Dynamics 365 Project Service Automation (PSA) pour les clients commerciaux. Trois nouvelles offres ISV Embed et Dynamics 365 Customer Voice USL ont été publiées le même jour.',
    ),
    audience: l(
      'Direct providers, indirect providers and indirect resellers',
      'Fournisseurs directs, fournisseurs indirects et revendeurs indirects',
    ),
    details: [
      h('New offers', 'Nouvelles offres'),
      p(
        'On November 1, 2020, Microsoft released the Dynamics 365 Project Operations offers and removed Dynamics 365 Project Service Automation (PSA) for commercial customers. This notice adds details on the dual use rights mapping for this launch and on the new independent software vendor (ISV) embedded offers.',
        'Le 1er novembre 2020, Microsoft a publié les offres Dynamics 365 Project Operations et retiré Dynamics 365 Project Service Automation (PSA) pour les clients commerciaux. Cette annonce apporte des précisions sur le mappage des droits d’utilisation double liés à ce lancement et sur les nouvelles offres intégrées d’éditeurs de logiciels indépendants (ISV).',
      ),
      h('Project Operations ISV Embed offers', 'Offres ISV Embed pour Project Operations'),
      p(
        'On November 1, 2020, Microsoft also released three more 36-month ISV Embed offers for Dynamics 365 for Project Operations to Cloud Solution Provider (CSP) customers. SKU details are on the Project Operations tab of the Excel workbook “Dynamics CSP Offers-November 2020”.',
        'Le 1er novembre 2020, Microsoft a également publié trois offres ISV Embed supplémentaires d’une durée de 36 mois pour Dynamics 365 for Project Operations, destinées aux clients du programme Fournisseur de solutions Cloud (CSP). Le détail des références SKU se trouve dans l’onglet Project Operations du classeur Excel « Dynamics CSP Offers-November 2020 ».',
      ),
      h(
        'Project Operations dual use rights mapping',
        'Mappage des droits d’utilisation double pour Project Operations',
      ),
      table(
        l(
          'Dynamics 365 on-premises dual use rights mapping for Project Operations offers',
          'Mappage en local des droits d’utilisation double Dynamics 365 pour les offres Project Operations',
        ),
        [
          l('D365 Operations offer', 'Offre D365 Operations'),
          l(
            'D365 on-premises dual use rights mapping',
            'Mappage des droits d’utilisation double D365 en local',
          ),
        ],
        [
          ['D365 Project Operations', projectOperationsMapping],
          ['D365 Project Operations Attach', projectOperationsMapping],
          [
            l('D365 Finance with Project Operations', 'D365 Finance avec Project Operations'),
            projectOperationsMapping,
          ],
          [
            l('D365 Finance Attach with Project Operations', 'D365 Finance Attach avec Project Operations'),
            projectOperationsMapping,
          ],
          [
            l(
              'D365 Unified Operations – Activity with Project Operations',
              'D365 Unified Operations – Activity avec Project Operations',
            ),
            projectOperationsMapping,
          ],
        ],
      ),
      h('Previously announced', 'Déjà annoncé'),
      p(
        'On November 1, 2020, Microsoft released the following new or updated Dynamics 365 and Power Platform offers and products for CSP:',
        'Le 1er novembre 2020, Microsoft a publié pour CSP les offres et produits Dynamics 365 et Power Platform, nouveaux ou mis à jour, suivants :',
      ),
      ul('Dynamics 365 Customer Voice USL'),
      p(
        'Offer IDs are listed on the Project Operations tab of the “Dynamics CSP Offers-November 2020” Excel workbook. More resources are on the Microsoft Dynamics 365 Customer Voice home page.',
        'Les ID des offres figurent dans l’onglet Project Operations du classeur Excel « Dynamics CSP Offers-November 2020 ». D’autres ressources sont proposées sur la page d’accueil de Microsoft Dynamics 365 Customer Voice.',
      ),
    ],
    nextSteps: [
      p(
        'Share this information with the relevant people in your organization.',
        'Communiquez ces informations aux personnes concernées de votre organisation.',
      ),
    ],
    appLinks: [
      {
        target: 'catalog.dynamicsProjectOperations',
        label: l(
          'View Dynamics 365 Project Operations in the catalog',
          'Voir Dynamics 365 Project Operations dans le catalogue',
        ),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'business-voice-nonprofit',
    date: '2020-11-02',
    title: l(
      'Microsoft 365 Business Voice for nonprofit organizations',
      'Microsoft 365 Business Voice pour les organisations à but non lucratif',
    ),
    category: 'offers-markets',
    topics: ['new-offers', 'nonprofit'],
    summary: l(
      'On November 1, 2020, Microsoft introduced new Microsoft 365 Business Voice SKUs for nonprofit organizations.',
      'Le 1er novembre 2020, Microsoft a lancé de nouvelles références SKU Microsoft 365 Business Voice destinées aux organisations à but non lucratif.',
    ),
    audience: l(
      'Direct providers, indirect providers and indirect resellers',
      'Fournisseurs directs, fournisseurs indirects et revendeurs indirects',
    ),
    details: [
      p(
        'The new Business Voice SKUs arrived on November 1, 2020. The full suite is sold in Canada, the United Kingdom and the United States; Business Voice without Calling Plan is available in all other markets.',
        'Les nouvelles références SKU Business Voice sont arrivées le 1er novembre 2020. La suite complète est commercialisée au Canada, au Royaume-Uni et aux États-Unis ; Business Voice sans forfait d’appels est disponible sur tous les autres marchés.',
      ),
      p(
        'Microsoft 365 Business Voice is a cloud phone system for small and medium-sized businesses, built into Office 365. Added to a customer’s Office 365 subscription, it delivers an all-in-one communication and collaboration solution, with calling, chat and meetings in a single app: Microsoft Teams.',
        'Microsoft 365 Business Voice est un système téléphonique cloud destiné aux petites et moyennes entreprises et intégré à Office 365. Ajouté à l’abonnement Office 365 d’un client, il fournit une solution de communication et de collaboration tout-en-un, avec appels, conversations et réunions dans une seule application : Microsoft Teams.',
      ),
      p('Pricing details are in the price list.', 'Les tarifs sont indiqués dans la liste de prix.'),
      p(
        'Business Voice can be added, for up to 300 users, to the following subscriptions:',
        'Business Voice peut être ajouté, pour 300 utilisateurs au maximum, aux abonnements suivants :',
      ),
      ul(
        l(
          'Office 365: Business Essentials, Business Premium, A1, E1, A3 and E3',
          'Office 365 : Business Essentials, Business Premium, A1, E1, A3 et E3',
        ),
        l('Microsoft 365: Business, A3 and E3', 'Microsoft 365 : Business, A3 et E3'),
      ),
    ],
    nextSteps: [
      ul(
        l(
          'Check the price list for the nonprofit Business Voice pricing.',
          'Consultez la liste de prix pour connaître les tarifs de Business Voice pour les organisations à but non lucratif.',
        ),
        l(
          'Share this information with the relevant contacts in your organization.',
          'Communiquez ces informations aux interlocuteurs concernés de votre organisation.',
        ),
      ),
    ],
    appLinks: [
      {
        target: 'catalog.businessVoice',
        label: l('View Business Voice in the catalog', 'Voir Business Voice dans le catalogue'),
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  {
    slug: 'business-voice-csp-promo',
    date: '2020-11-02',
    title: l(
      'CSP promotion for Microsoft 365 Business Voice now available',
      'La promotion CSP pour Microsoft 365 Business Voice est disponible',
    ),
    category: 'offers-markets',
    topics: ['promotions', 'teams'],
    summary: l(
      'New and renewing subscriptions to Microsoft 365 Business Voice, with or without Calling Plan, can now be bought at a discount.',
      'Les nouveaux abonnements et les renouvellements Microsoft 365 Business Voice, avec ou sans forfait d’appels, bénéficient désormais d’un tarif réduit.',
    ),
    audience: l(
      'All partners selling through the CSP program',
      'Tous les partenaires qui vendent via le programme CSP',
    ),
    details: [
      p(
        'From November 1, 2020 through April 30, 2021, new and renewal subscriptions to Microsoft 365 Business Voice with Calling Plan and Microsoft 365 Business Voice without Calling Plan are discounted: 25% for 12 months on Business Voice with Calling Plan, and 33% for 12 months on Business Voice without Calling Plan.',
        'Du 1er novembre 2020 au 30 avril 2021, les nouveaux abonnements et les renouvellements Microsoft 365 Business Voice avec forfait d’appels et Microsoft 365 Business Voice sans forfait d’appels sont remisés : 25 % pendant 12 mois pour Business Voice avec forfait d’appels, et 33 % pendant 12 mois pour Business Voice sans forfait d’appels.',
      ),
      table(l('Offer details', 'Détails de l’offre'), offerColumns, [
        [businessVoicePromo, 'e7d1d0fa-b769-45c7-aaea-c3e6f7402691', 'PZX-00006'],
        [businessVoicePromo, 'ef3ff6bb-a288-4a56-9204-97b37ff9a0b8', 'PZW-00019'],
        [
          l(
            'Microsoft 365 Business Voice (US) Adoption Promo',
            'Promotion d’adoption Microsoft 365 Business Voice (États-Unis)',
          ),
          '4244aed3-90ae-4754-8dc8-37f2e8d84e85',
          'PZW-00020',
        ],
        [businessVoiceNoCallingPlanPromo, 'b71df433-6fd9-4549-886d-577f7aa06070', 'PZY-00019'],
        [businessVoiceNoCallingPlanPromo, '4ba4d580-4902-42b0-8411-a27358dd5405', 'PZY-00016'],
        [businessVoiceNoCallingPlanPromo, 'bbfd896b-e3d4-45ba-9319-14104d400069', 'PZY-00018'],
        [
          l(
            'Microsoft 365 Business Voice (without Calling Plan) for US Adoption Promo',
            'Promotion d’adoption Microsoft 365 Business Voice (sans forfait d’appels) pour les États-Unis',
          ),
          '9b05d0b7-cfb4-42f1-9cc3-f698dba2838e',
          'PZY-00017',
        ],
      ]),
      p(
        'These promotions apply to the following customers:',
        'Ces promotions s’adressent aux clients suivants :',
      ),
      ul(
        l('Net new customer tenants.', 'Les tout nouveaux locataires clients.'),
        l(
          'Existing customer tenants with no active or recently canceled (within the last 30 days) subscription to any Business Voice or Audio Conferencing license, whether on CSP, Web Direct or any other Microsoft commercial channel.',
          'Les locataires clients existants qui n’ont aucun abonnement actif, ou résilié récemment (au cours des 30 derniers jours), à une licence Business Voice ou Audioconférence, que ce soit via CSP, Web Direct ou tout autre canal commercial Microsoft.',
        ),
      ),
    ],
    nextSteps: [
      ul(
        l(
          'Get to know these meeting and calling promotions and share them with all the relevant contacts in your organization.',
          'Familiarisez-vous avec ces promotions sur les réunions et les appels et partagez-les avec tous les interlocuteurs concernés de votre organisation.',
        ),
        l(
          'Build these promotions into your Microsoft 365 sales motions.',
          'Intégrez ces promotions à vos démarches commerciales Microsoft 365.',
        ),
      ),
    ],
    appLinks: [
      {
        target: 'catalog.businessVoice',
        label: l('View Business Voice in the catalog', 'Voir Business Voice dans le catalogue'),
      },
    ],
  },
];
