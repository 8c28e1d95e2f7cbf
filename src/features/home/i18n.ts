export const home = {
  en: {
    title: 'Home',
    intro: 'Your Partner Center work at a glance.',
    cards: {
      customers: 'Customers',
      customersLink: 'View customers',
      missingScreening: 'Customers missing screening info',
      missingScreeningLink: 'Fix them',
      users: 'Users in your organization',
      usersLink: 'Manage users',
    },
  },
  fr: {
    title: 'Accueil',
    intro: 'Votre activité dans l’Espace partenaires en un coup d’œil.',
    cards: {
      customers: 'Clients',
      customersLink: 'Voir les clients',
      missingScreening: 'Clients sans informations de vérification',
      missingScreeningLink: 'Les compléter',
      users: 'Utilisateurs de votre organisation',
      usersLink: 'Gérer les utilisateurs',
    },
  },
} as const;
