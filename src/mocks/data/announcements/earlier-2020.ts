import type { AnnouncementBlock, AnnouncementRecord, Localized, Text } from './types';

/**
 * A shorter selection of Partner Center announcements from April to October 2020, newest first,
 * so that month navigation has real content. Wording is our own.
 */

const l = (en: string, fr: string): Localized => ({ en, fr });
const p = (en: string, fr: string): AnnouncementBlock => ({ type: 'paragraph', text: l(en, fr) });
const ul = (...items: Text[]): AnnouncementBlock => ({ type: 'list', items });
const table = (caption: Localized, columns: Text[], rows: Text[][]): AnnouncementBlock => ({
  type: 'table',
  caption,
  columns,
  rows,
});

const shareWithContacts = p(
  'Share this information with the relevant contacts in your organization.',
  'Communiquez ces informations aux interlocuteurs concernés de votre organisation.',
);

const offerColumns: Text[] = [
  l('Offer name', 'Nom de l’offre'),
  l('Offer ID', 'ID de l’offre'),
  l('Material ID', 'ID de contenu'),
];

export const earlier2020: AnnouncementRecord[] = [
  // ----------------------------------------------------------------------------------- October
  {
    slug: 'audio-conferencing-promo',
    date: '2020-10-09',
    title: l(
      'CSP promotion for Microsoft 365 Audio Conferencing',
      'Promotion CSP pour Audioconférence Microsoft 365',
    ),
    category: 'offers-markets',
    topics: ['promotions', 'teams'],
    summary: l(
      'From October 1, 2020 to March 31, 2021, customers can add Microsoft 365 Audio Conferencing to a Microsoft 365 subscription at no cost for 12 months. A Business Voice promotion follows on November 1, 2020.',
      'Du 1er octobre 2020 au 31 mars 2021, les clients peuvent ajouter Audioconférence Microsoft 365 à un abonnement Microsoft 365 sans frais pendant 12 mois. Une promotion Business Voice suivra le 1er novembre 2020.',
    ),
    audience: l(
      'All partners selling through the CSP program',
      'Tous les partenaires qui vendent via le programme CSP',
    ),
    details: [
      p(
        'The promotion removes friction when adding Audio Conferencing, as an add-on, to a Microsoft 365 license, so customers get the full value of Teams for meetings and calls. It is open to net new customer tenants and to existing tenants with no active or recently canceled (last 30 days) Business Voice or Audio Conferencing subscription on any Microsoft commercial channel.',
        'Cette promotion facilite l’ajout d’Audioconférence, en module complémentaire, à une licence Microsoft 365, afin que les clients profitent pleinement de Teams pour les réunions et les appels. Elle est ouverte aux tout nouveaux locataires clients et aux locataires existants sans abonnement Business Voice ou Audioconférence actif ou résilié récemment (30 derniers jours), quel que soit le canal commercial Microsoft.',
      ),
      table(l('Offer details', 'Détails de l’offre'), offerColumns, [
        [
          l(
            'Microsoft 365 Audio Conferencing Adoption Promo',
            'Promotion d’adoption Audioconférence Microsoft 365',
          ),
          '106da677-5af6-492a-ac7f-52b3b29a9762',
          'TJ7-00023',
        ],
      ]),
    ],
    nextSteps: [
      p(
        'Add the promotion to your Microsoft 365 sales motions and show customers the value of adding Audio Conferencing to Teams.',
        'Intégrez la promotion à vos démarches commerciales Microsoft 365 et montrez aux clients l’intérêt d’ajouter Audioconférence à Teams.',
      ),
    ],
    appLinks: [],
  },

  // --------------------------------------------------------------------------------- September
  {
    slug: 'azure-plan-transition-tool',
    date: '2020-09-28',
    title: l(
      'New tool to transition Azure plan subscriptions between partners',
      'Nouvel outil de transition des abonnements du plan Azure entre partenaires',
    ),
    category: 'capabilities',
    topics: ['azure', 'new-commerce'],
    summary: l(
      'Starting September 30, 2020, a transition tool automates moving a customer’s Azure subscriptions (Azure plan) from one CSP partner to another.',
      'À partir du 30 septembre 2020, un outil de transition automatise le transfert des abonnements Azure (plan Azure) d’un client d’un partenaire CSP à un autre.',
    ),
    audience: l(
      'Indirect providers and direct bill partners in CSP; resellers work through their indirect provider',
      'Fournisseurs indirects et partenaires en facturation directe du programme CSP ; les revendeurs passent par leur fournisseur indirect',
    ),
    details: [
      ul(
        l(
          'The customer decides, and the transition only happens when both partners take explicit action.',
          'C’est le client qui décide, et la transition n’a lieu que si les deux partenaires agissent explicitement.',
        ),
        l(
          'The move is immediate, with no downtime for the customer and no impact on Azure services.',
          'Le transfert est immédiat, sans interruption pour le client ni incidence sur les services Azure.',
        ),
        l(
          'The tool is in Partner Center for indirect providers and direct bill partners; resellers ask their indirect provider to use it on their behalf.',
          'L’outil est proposé dans l’Espace partenaires aux fournisseurs indirects et aux partenaires en facturation directe ; les revendeurs demandent à leur fournisseur indirect de l’utiliser pour leur compte.',
        ),
      ),
    ],
    nextSteps: [
      p(
        'Train your team on the tool and, if you are an indirect provider, guide your resellers through the transition process.',
        'Formez votre équipe à l’outil et, si vous êtes fournisseur indirect, accompagnez vos revendeurs dans le processus de transition.',
      ),
    ],
    appLinks: [],
  },

  // ------------------------------------------------------------------------------------ August
  {
    slug: 'teams-advanced-communications',
    date: '2020-08-04',
    title: l(
      'Microsoft Teams Advanced Communications SKUs now available',
      'Les références SKU Microsoft Teams Advanced Communications sont disponibles',
    ),
    category: 'offers-markets',
    topics: ['new-offers', 'teams'],
    summary: l(
      'The Advanced Communications add-on for Microsoft Teams has been available since August 1, 2020, at USD 12 per user per month.',
      'Le module complémentaire Advanced Communications pour Microsoft Teams est disponible depuis le 1er août 2020, au prix de 12 USD par utilisateur et par mois.',
    ),
    audience: l(
      'All partners selling through the CSP program',
      'Tous les partenaires qui vendent via le programme CSP',
    ),
    details: [
      p(
        'The add-on can be bought on top of any Microsoft 365 suite that includes Teams. It brings capabilities for large meetings, communication policies and integrations, as well as advanced IT management tools.',
        'Ce module complémentaire s’ajoute à toute suite Microsoft 365 comprenant Teams. Il apporte des fonctionnalités pour les grandes réunions, les stratégies de communication et les intégrations, ainsi que des outils avancés de gestion informatique.',
      ),
      table(l('Offer details', 'Détails de l’offre'), offerColumns, [
        ['Advanced Communications', 'efb0c254-e9c6-4e9b-be12-eb2b7849953f', '1UC-00006'],
        [
          l('Advanced Communications for faculty', 'Advanced Communications pour le corps enseignant'),
          '13219baa-468f-4eeb-bfaa-243216dbddca',
          '2P8-00005',
        ],
        [
          l('Advanced Communications for students', 'Advanced Communications pour les étudiants'),
          '31a690b0-3945-4adf-98ab-644e0a879b3f',
          '2P8-00006',
        ],
      ]),
    ],
    nextSteps: [
      p(
        'Share this with the relevant contacts in your organization and look for upsell and cross-sell opportunities.',
        'Partagez ces informations avec les interlocuteurs concernés de votre organisation et repérez les opportunités de vente incitative et de vente croisée.',
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

  // -------------------------------------------------------------------------------------- July
  {
    slug: 'legacy-api-retirement',
    date: '2020-07-28',
    title: l(
      'Outdated Partner Center APIs are being retired',
      'Retrait d’API obsolètes de l’Espace partenaires',
    ),
    category: 'capabilities',
    topics: ['api'],
    summary: l(
      'A few old Partner Center API endpoints that are no longer supported will be retired by August 31, 2020.',
      'Quelques anciens points de terminaison de l’API de l’Espace partenaires, qui ne sont plus pris en charge, seront retirés d’ici le 31 août 2020.',
    ),
    audience: l(
      'Direct bill partners and indirect providers in CSP who use the Partner Center APIs',
      'Partenaires en facturation directe et fournisseurs indirects du programme CSP qui utilisent les API de l’Espace partenaires',
    ),
    details: [
      table(
        l('Endpoints being retired', 'Points de terminaison retirés'),
        [l('Endpoint', 'Point de terminaison'), l('Area', 'Domaine'), l('What to do instead', 'Alternative')],
        [
          [
            '{base-URL}/v1/servicerequests/supporttopics',
            l('Partner service requests', 'Demandes de service partenaire'),
            l(
              'Create partner support tickets in the Partner Center UI',
              'Créer les tickets de support partenaire dans l’interface de l’Espace partenaires',
            ),
          ],
          [
            '{base-URL}/v1/servicerequests/{agent-locale}',
            l('Partner service requests', 'Demandes de service partenaire'),
            l(
              'Create partner support tickets in the Partner Center UI',
              'Créer les tickets de support partenaire dans l’interface de l’Espace partenaires',
            ),
          ],
          [
            '{base-URL}/v1/serviceincidents/office/count',
            l('Office service incidents', 'Incidents de service Office'),
            l(
              'Use the Office 365 Service Communications API',
              'Utiliser l’API Office 365 Service Communications',
            ),
          ],
          [
            '{base-URL}/v1/serviceincidents/office',
            l('Office service incidents', 'Incidents de service Office'),
            l(
              'Use the Office 365 Service Communications API',
              'Utiliser l’API Office 365 Service Communications',
            ),
          ],
          [
            '{base-URL}/v1/preferences/catalog/products',
            'TopProduct',
            l(
              'None: a proof of concept that never reached general availability',
              'Aucune : preuve de concept jamais mise en disponibilité générale',
            ),
          ],
        ],
      ),
    ],
    nextSteps: [
      p(
        'Remove every reference to these endpoints from your solutions.',
        'Supprimez de vos solutions toute référence à ces points de terminaison.',
      ),
    ],
    appLinks: [],
  },
  {
    slug: 'dotnet-standard-sdk-preview',
    date: '2020-07-21',
    title: l(
      'Partner Center SDK preview on .NET Standard (v1.16.1-preview)',
      'Préversion du SDK de l’Espace partenaires sur .NET Standard (v1.16.1-preview)',
    ),
    category: 'capabilities',
    topics: ['api', 'sdk'],
    summary: l(
      'From July 21, 2020, partners can download a preview of the Partner Center .NET SDK built on .NET Standard (v1.16.1-preview), along with updated public samples on GitHub.',
      'Depuis le 21 juillet 2020, les partenaires peuvent télécharger une préversion du SDK .NET de l’Espace partenaires reposant sur .NET Standard (v1.16.1-preview), ainsi que des exemples publics mis à jour sur GitHub.',
    ),
    audience: l(
      'Direct bill partners and indirect providers in CSP who use the Partner Center .NET SDK',
      'Partenaires en facturation directe et fournisseurs indirects du programme CSP qui utilisent le SDK .NET de l’Espace partenaires',
    ),
    details: [
      p(
        'The SDK moves from .NET Framework to .NET Standard 2.0. It stays compatible with existing applications on .NET Framework 4.6.1 and later, and now also supports .NET Core 2.0 and later, a frequent partner request. This preview does not change any API.',
        'Le SDK passe de .NET Framework à .NET Standard 2.0. Il reste compatible avec les applications existantes sous .NET Framework 4.6.1 ou version ultérieure, et prend désormais en charge .NET Core 2.0 ou version ultérieure, une demande fréquente des partenaires. Cette préversion ne modifie aucune API.',
      ),
    ],
    nextSteps: [
      p(
        'Try the preview (NuGet package Microsoft.Store.PartnerCenter) with your applications; general availability is planned about three weeks after the preview.',
        'Testez la préversion (package NuGet Microsoft.Store.PartnerCenter) avec vos applications ; la disponibilité générale est prévue environ trois semaines après la préversion.',
      ),
    ],
    appLinks: [],
  },

  // -------------------------------------------------------------------------------------- June
  {
    slug: 'relationship-removal',
    date: '2020-06-29',
    title: l(
      'Remove indirect relationships yourself in Partner Center',
      'Supprimez vous-même les relations indirectes dans l’Espace partenaires',
    ),
    category: 'capabilities',
    topics: ['indirect-model'],
    summary: l(
      'Since June 29, 2020, CSP indirect providers and indirect resellers can remove downstream relationships in Partner Center, without opening a support ticket.',
      'Depuis le 29 juin 2020, les fournisseurs indirects et les revendeurs indirects du programme CSP peuvent supprimer leurs relations en aval dans l’Espace partenaires, sans ouvrir de ticket de support.',
    ),
    audience: l(
      'CSP indirect providers and indirect resellers',
      'Fournisseurs indirects et revendeurs indirects du programme CSP',
    ),
    details: [
      ul(
        l(
          'An indirect provider can remove its relationship with an indirect reseller.',
          'Un fournisseur indirect peut supprimer sa relation avec un revendeur indirect.',
        ),
        l(
          'An indirect reseller can remove its relationship with an end customer.',
          'Un revendeur indirect peut supprimer sa relation avec un client final.',
        ),
        l(
          'In both cases, the action must be taken by a Partner Center admin agent.',
          'Dans les deux cas, l’opération doit être effectuée par un agent d’administration de l’Espace partenaires.',
        ),
      ),
    ],
    nextSteps: [
      p(
        'Share this with the team that handles relationship changes so it can update its processes.',
        'Informez l’équipe chargée des changements de relation afin qu’elle mette à jour ses processus.',
      ),
    ],
    appLinks: [],
  },
  {
    slug: 'default-billing-frequency-monthly',
    date: '2020-06-17',
    title: l(
      'Default billing frequency changes from annual to monthly',
      'La fréquence de facturation par défaut passe d’annuelle à mensuelle',
    ),
    category: 'capabilities',
    topics: ['billing'],
    summary: l(
      'From June 17, the billing frequency preselected when buying in Partner Center is monthly instead of annual.',
      'À partir du 17 juin, la fréquence de facturation présélectionnée lors d’un achat dans l’Espace partenaires est mensuelle et non plus annuelle.',
    ),
    audience: l(
      'CSP direct providers and indirect providers',
      'Fournisseurs directs et fournisseurs indirects du programme CSP',
    ),
    details: [
      p(
        'Billing frequency decides how often the partner is billed for a purchase and is shown on the review step of a catalog purchase. Following partner feedback, the default becomes monthly, which lowers the risk of buying annually billed subscriptions by mistake. Partners can still change it before submitting, or afterwards on the Manage subscription page. Offers that only support annual billing keep annual as the default.',
        'La fréquence de facturation détermine à quel rythme le partenaire est facturé pour un achat ; elle apparaît à l’étape de vérification d’un achat dans le catalogue. À la demande des partenaires, la valeur par défaut devient mensuelle, ce qui réduit le risque d’acheter par erreur des abonnements facturés annuellement. Il reste possible de la modifier avant validation, ou ensuite dans la page Gérer l’abonnement. Les offres qui n’acceptent que la facturation annuelle conservent cette valeur par défaut.',
      ),
      p(
        'Only the Partner Center portal is affected; the Partner Center APIs behave as before.',
        'Seul le portail de l’Espace partenaires est concerné ; les API de l’Espace partenaires fonctionnent comme avant.',
      ),
    ],
    nextSteps: [shareWithContacts],
    appLinks: [],
  },

  // --------------------------------------------------------------------------------------- May
  {
    slug: 'business-central-enhancement-plan-renewal',
    date: '2020-05-26',
    title: l(
      'Renew a Dynamics Enhancement Plan through CSP and get Business Central online licenses',
      'Renouvelez un Enhancement Plan Dynamics via CSP et obtenez des licences Business Central en ligne',
    ),
    category: 'offers-markets',
    topics: ['new-offers', 'dynamics-365'],
    summary: l(
      'Customers active on their Enhancement Plan (EP) can renew it through the CSP program and receive Dynamics 365 Business Central online licenses. The offers appear in the June 1, 2020 price list.',
      'Les clients dont l’Enhancement Plan (EP) est actif peuvent le renouveler via le programme CSP et recevoir des licences Dynamics 365 Business Central en ligne. Les offres figurent dans la liste de prix du 1er juin 2020.',
    ),
    audience: l('Cloud Solution Provider partners', 'Partenaires Fournisseur de solutions Cloud'),
    details: [
      ul(
        l(
          'Offer period: June 1, 2020 to June 30, 2021; commercial and government segments only.',
          'Période de l’offre : du 1er juin 2020 au 30 juin 2021 ; segments commercial et secteur public uniquement.',
        ),
        l(
          'Price: 60% below the standard commercial price list (for example, $40 instead of $100 for a Business Central Premium user).',
          'Prix : 60 % de moins que la liste de prix commerciale standard (par exemple 40 $ au lieu de 100 $ pour un utilisateur Business Central Premium).',
        ),
        l(
          'Eligibility: the customer must buy Business Central online licenses whose annual total is at least its EP renewal amount, and keep meeting that condition for the whole subscription.',
          'Éligibilité : le client doit acheter des licences Business Central en ligne dont le total annuel atteint au moins le montant du renouvellement de son EP, et respecter cette condition pendant toute la durée de l’abonnement.',
        ),
      ),
    ],
    nextSteps: [
      p(
        'Identify on-premises Dynamics customers with an active Enhancement Plan and talk to them about moving to Business Central online.',
        'Repérez les clients Dynamics en local disposant d’un Enhancement Plan actif et proposez-leur de passer à Business Central en ligne.',
      ),
    ],
    appLinks: [],
  },
  {
    slug: 'americas-operations-center-address',
    date: '2020-05-15',
    title: l(
      'New address for the Americas Operations Center',
      'Nouvelle adresse pour l’Americas Operations Center',
    ),
    category: 'capabilities',
    topics: ['operations'],
    summary: l(
      'The Microsoft Americas Operations Center in Reno, Nevada, has a new address effective May 15, 2020.',
      'L’Americas Operations Center de Microsoft à Reno (Nevada) a une nouvelle adresse depuis le 15 mai 2020.',
    ),
    audience: l(
      'Anyone who corresponds with or uses the Americas Operations Center',
      'Toute personne qui correspond avec l’Americas Operations Center ou fait appel à lui',
    ),
    details: [
      table(
        l('Address change', 'Changement d’adresse'),
        [
          l('Previous address', 'Ancienne adresse'),
          l('Address from May 15, 2020', 'Adresse à partir du 15 mai 2020'),
        ],
        [['6100 Neil Road, Reno, NV 89511', '6880 Sierra Center Parkway, Reno, NV 89511']],
      ),
      p(
        'Only the address changes: existing contracts do not need to be signed again. Always use the latest templates from the Microsoft portals.',
        'Seule l’adresse change : il n’est pas nécessaire de signer à nouveau les contrats existants. Utilisez toujours les modèles les plus récents des portails Microsoft.',
      ),
    ],
    nextSteps: [
      p(
        'Update your systems, correspondence and documents with the new address.',
        'Mettez à jour vos systèmes, votre correspondance et vos documents avec la nouvelle adresse.',
      ),
    ],
    appLinks: [],
  },

  // ------------------------------------------------------------------------------------- April
  {
    slug: 'office-365-e1-business-basic-promotions',
    date: '2020-04-30',
    title: l(
      'New promotions for Office 365 E1 and Microsoft 365 Business Basic',
      'Nouvelles promotions pour Office 365 E1 et Microsoft 365 Business Basic',
    ),
    category: 'offers-markets',
    topics: ['promotions'],
    summary: l(
      'On May 4, 2020 (midnight UTC), new Office 365 E1 and Microsoft 365 Business Basic promotions replace the six-month Office 365 E1 trial for new customers.',
      'Le 4 mai 2020 (minuit UTC), de nouvelles promotions Office 365 E1 et Microsoft 365 Business Basic remplacent l’essai de six mois d’Office 365 E1 pour les nouveaux clients.',
    ),
    audience: l(
      'All partners selling through the Cloud Solution Provider program; new commercial customers only',
      'Tous les partenaires qui vendent via le programme Fournisseur de solutions Cloud ; nouveaux clients commerciaux uniquement',
    ),
    details: [
      ul(
        l(
          'Partners sell the annual Office 365 E1 or Microsoft 365 Business Basic SKU with a CSP promotion that gives a 100% discount for the first six months, instead of a separate six-month trial SKU.',
          'Les partenaires vendent la référence SKU annuelle Office 365 E1 ou Microsoft 365 Business Basic avec une promotion CSP offrant 100 % de remise pendant les six premiers mois, au lieu d’une référence SKU d’essai de six mois.',
        ),
        l(
          'Orders are now technically restricted to new customers, rather than by written policy only.',
          'Les commandes sont désormais techniquement limitées aux nouveaux clients, et non plus seulement par une règle écrite.',
        ),
        l(
          'Customers already on the Office 365 E1 trial keep their current plan.',
          'Les clients qui bénéficient déjà de l’essai Office 365 E1 conservent leur plan actuel.',
        ),
      ),
    ],
    nextSteps: [
      p(
        'Review the change and the May 2020 price list, then share them with the relevant contacts in your organization.',
        'Prenez connaissance de ce changement et de la liste de prix de mai 2020, puis partagez-les avec les interlocuteurs concernés de votre organisation.',
      ),
    ],
    appLinks: [
      {
        target: 'catalog.office365E1',
        label: l('View Office 365 E1 in the catalog', 'Voir Office 365 E1 dans le catalogue'),
      },
    ],
  },
  {
    slug: 'mfa-transaction-safeguards',
    date: '2020-04-23',
    title: l(
      'Reminder: security safeguards for CSP transactions in Partner Center',
      'Rappel : protections de sécurité pour les transactions CSP dans l’Espace partenaires',
    ),
    category: 'capabilities',
    topics: ['security'],
    summary: l(
      'Starting May 1, 2020, Microsoft begins turning on safeguards for CSP transactions in Partner Center: partners will need multi-factor authentication (MFA) to transact, whether through the Partner Center UI or the API.',
      'À partir du 1er mai 2020, Microsoft commence à activer des protections pour les transactions CSP dans l’Espace partenaires : les partenaires devront utiliser l’authentification multifacteur (MFA) pour effectuer des transactions, via l’interface ou l’API de l’Espace partenaires.',
    ),
    audience: l(
      'All CSP partners, Control Panel Vendors and Advisor partners',
      'Tous les partenaires CSP, fournisseurs de panneaux de contrôle et partenaires Advisor',
    ),
    details: [
      p(
        'The partner security requirements introduced in 2019 are mandatory. MFA on transactions helps block unauthorized access and protects partners’ customers and tenants from identity-theft incidents. Partners that do not implement the requirements may put their participation in CSP at risk.',
        'Les exigences de sécurité des partenaires introduites en 2019 sont obligatoires. L’authentification multifacteur sur les transactions aide à bloquer les accès non autorisés et protège les clients et locataires des partenaires contre l’usurpation d’identité. Les partenaires qui ne mettent pas en œuvre ces exigences risquent de compromettre leur participation au programme CSP.',
      ),
    ],
    nextSteps: [
      ul(
        l(
          'If you have not yet enabled the security requirements for your tenant and users, do it now.',
          'Si ce n’est pas encore fait, activez dès maintenant les exigences de sécurité pour votre locataire et vos utilisateurs.',
        ),
        l(
          'Indirect providers: implement the requirements yourself and make sure your resellers do too.',
          'Fournisseurs indirects : appliquez ces exigences et assurez-vous que vos revendeurs en font autant.',
        ),
        l(
          'If you rely on a Control Panel Vendor solution, check with that vendor.',
          'Si vous utilisez la solution d’un fournisseur de panneau de contrôle, vérifiez avec lui.',
        ),
      ),
    ],
    appLinks: [],
  },
];
