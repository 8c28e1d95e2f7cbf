/** Strings shared by every feature (buttons, states, generic messages). */
export const common = {
  en: {
    actions: {
      retry: 'Try again',
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      close: 'Close',
      confirm: 'Confirm',
      remove: 'Remove',
      edit: 'Edit',
      add: 'Add',
      reset: 'Reset',
      copy: 'Copy',
      copied: 'Copied to the clipboard',
      clearFilters: 'Clear filters',
      previousPage: 'Previous page',
      nextPage: 'Next page',
      leave: 'Leave this page',
      stay: 'Stay on this page',
    },
    states: {
      loading: 'Loading…',
      empty: 'Nothing to show yet.',
      error: 'Something went wrong.',
      readOnly: 'You can view this page but not change it: your role does not allow it.',
    },
    errors: {
      network: 'The service could not be reached. Check your connection and try again.',
      throttled:
        'Too many requests. Partner Center asked us to wait {{seconds}} seconds before trying again.',
      forbidden: 'Your role does not allow this action.',
      unexpected: 'An unexpected error occurred.',
      requestId: 'Request id: {{requestId}}',
    },
    unsaved: {
      title: 'Leave without saving?',
      body: 'You have changes that are not saved. If you leave now, they will be lost.',
    },
    pagination: {
      range: '{{from}}–{{to}} of {{total}}',
      page: 'Page {{page}} of {{pages}}',
    },
    placeholder: {
      title: 'This page is on its way',
      body: 'The {{page}} page is not built yet. The navigation and the mocked API already work.',
    },
  },
  fr: {
    actions: {
      retry: 'Réessayer',
      save: 'Enregistrer',
      saving: 'Enregistrement…',
      cancel: 'Annuler',
      close: 'Fermer',
      confirm: 'Confirmer',
      remove: 'Supprimer',
      edit: 'Modifier',
      add: 'Ajouter',
      reset: 'Réinitialiser',
      copy: 'Copier',
      copied: 'Copié dans le presse-papiers',
      clearFilters: 'Effacer les filtres',
      previousPage: 'Page précédente',
      nextPage: 'Page suivante',
      leave: 'Quitter la page',
      stay: 'Rester sur la page',
    },
    states: {
      loading: 'Chargement…',
      empty: 'Rien à afficher pour l’instant.',
      error: 'Une erreur s’est produite.',
      readOnly: 'Vous pouvez consulter cette page mais pas la modifier : votre rôle ne le permet pas.',
    },
    errors: {
      network: 'Le service est injoignable. Vérifiez votre connexion puis réessayez.',
      throttled:
        'Trop de requêtes. L’Espace partenaires demande d’attendre {{seconds}} secondes avant de réessayer.',
      forbidden: 'Votre rôle ne permet pas cette action.',
      unexpected: 'Une erreur inattendue s’est produite.',
      requestId: 'Identifiant de requête : {{requestId}}',
    },
    unsaved: {
      title: 'Quitter sans enregistrer ?',
      body: 'Certaines modifications ne sont pas enregistrées. Si vous quittez maintenant, elles seront perdues.',
    },
    pagination: {
      range: '{{from}}–{{to}} sur {{total}}',
      page: 'Page {{page}} sur {{pages}}',
    },
    placeholder: {
      title: 'Cette page arrive bientôt',
      body: 'La page {{page}} n’est pas encore construite. La navigation et l’API simulée fonctionnent déjà.',
    },
  },
} as const;
