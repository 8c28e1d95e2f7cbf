export const customers = {
  en: {
    title: 'Customers',
    fields: {
      organizationRegistrationNumber: 'Organization INN',
      phoneNumber: 'phone number',
    },
    gate: {
      title: 'Screening information is missing',
      body: '{{company}} is in a country where Partner Center requires the Organization INN and the phone number before any purchase or subscription change. Add the missing information first:',
      missingInn: 'Organization INN (legal identifier)',
      missingPhone: 'Phone number',
      openAccount: 'Open the account page of {{company}}',
      checking: 'Checking the customer’s screening information…',
      loadFailed: 'The customer’s screening information could not be checked, so the action was not started.',
    },
  },
  fr: {
    title: 'Clients',
    fields: {
      organizationRegistrationNumber: 'INN de l’organisation',
      phoneNumber: 'numéro de téléphone',
    },
    gate: {
      title: 'Informations de vérification manquantes',
      body: '{{company}} se trouve dans un pays où l’Espace partenaires exige l’INN de l’organisation et le numéro de téléphone avant tout achat ou changement d’abonnement. Ajoutez d’abord les informations manquantes :',
      missingInn: 'INN de l’organisation (identifiant légal)',
      missingPhone: 'Numéro de téléphone',
      openAccount: 'Ouvrir la page du compte de {{company}}',
      checking: 'Vérification des informations du client…',
      loadFailed:
        'Les informations de vérification du client n’ont pas pu être contrôlées : l’action n’a pas été lancée.',
    },
  },
} as const;
