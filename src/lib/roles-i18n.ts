/** Role names and one-line descriptions, in both languages (from the Partner Center reference). */
export const roles = {
  en: {
    GlobalAdmin: {
      name: 'Global admin',
      description: 'Full access to every account setting and service, including all users.',
    },
    AccountAdmin: {
      name: 'Account admin',
      description: 'Manages locations, programs, profiles and non-directory roles.',
    },
    AdminAgent: {
      name: 'Admin agent',
      description: 'Manages customers and their subscriptions, and administers on their behalf.',
    },
    SalesAgent: {
      name: 'Sales agent',
      description: 'Requests customer relationships, views offers and manages subscriptions.',
    },
    HelpdeskAgent: {
      name: 'Helpdesk agent',
      description: 'Finds and edits customer details and handles service requests for them.',
    },
    BillingAdmin: {
      name: 'Billing admin',
      description: 'Views and manages billing, invoices, reconciliation files and pricing.',
    },
    MpnPartnerAdmin: {
      name: 'MPN partner admin',
      description: 'Manages the partner network membership: benefits, designations, offers.',
    },
    IncentiveAdmin: {
      name: 'Incentive admin',
      description: 'Manages incentive programs, claims, earnings and payout details.',
    },
    ReferralsAdmin: {
      name: 'Referrals admin',
      description: 'Manages co-sell opportunities, leads and deal registrations.',
    },
    Manager: {
      name: 'Manager',
      description: 'Manages users, roles, permissions and tenants (not tax or payout).',
    },
    Developer: {
      name: 'Developer',
      description: 'Uploads packages, submits apps and add-ons, views usage reports.',
    },
    BusinessContributor: {
      name: 'Business contributor',
      description: 'Sees financial information and sets prices; cannot submit apps.',
    },
    FinancialContributor: {
      name: 'Financial contributor',
      description: 'Sees payout reports and manages payout and tax profiles.',
    },
    Marketer: { name: 'Marketer', description: 'Responds to reviews and sees non-financial reports.' },
  },
  fr: {
    GlobalAdmin: {
      name: 'Administrateur général',
      description:
        'Accès complet à tous les paramètres et services du compte, y compris tous les utilisateurs.',
    },
    AccountAdmin: {
      name: 'Administrateur de compte',
      description: 'Gère les emplacements, les programmes, les profils et les rôles hors annuaire.',
    },
    AdminAgent: {
      name: 'Agent d’administration',
      description: 'Gère les clients et leurs abonnements, et administre en leur nom.',
    },
    SalesAgent: {
      name: 'Agent commercial',
      description: 'Demande des relations client, consulte les offres et gère les abonnements.',
    },
    HelpdeskAgent: {
      name: 'Agent du support technique',
      description: 'Recherche et modifie les informations client, et traite leurs demandes de service.',
    },
    BillingAdmin: {
      name: 'Administrateur de facturation',
      description:
        'Consulte et gère la facturation, les factures, les fichiers de rapprochement et les prix.',
    },
    MpnPartnerAdmin: {
      name: 'Administrateur partenaire MPN',
      description: 'Gère l’adhésion au réseau de partenaires : avantages, désignations, offres.',
    },
    IncentiveAdmin: {
      name: 'Administrateur des incentives',
      description: 'Gère les programmes d’incentives, les réclamations, les gains et les paiements.',
    },
    ReferralsAdmin: {
      name: 'Administrateur des recommandations',
      description: 'Gère les opportunités de co-vente, les prospects et les enregistrements de transactions.',
    },
    Manager: {
      name: 'Responsable',
      description:
        'Gère les utilisateurs, les rôles, les autorisations et les locataires (pas la fiscalité ni les paiements).',
    },
    Developer: {
      name: 'Développeur',
      description:
        'Charge des packages, soumet des applications et des extensions, consulte les rapports d’utilisation.',
    },
    BusinessContributor: {
      name: 'Contributeur commercial',
      description:
        'Consulte les données financières et fixe les prix ; ne peut pas soumettre d’applications.',
    },
    FinancialContributor: {
      name: 'Contributeur financier',
      description: 'Consulte les rapports de paiement et gère les profils de paiement et fiscaux.',
    },
    Marketer: { name: 'Marketing', description: 'Répond aux avis et consulte les rapports non financiers.' },
  },
} as const;
