export const accountSettings = {
  en: {
    title: 'Account settings',
  },
  fr: {
    title: 'Paramètres du compte',
  },
} as const;
