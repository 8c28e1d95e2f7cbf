export const customers = {
  en: {
    title: 'Customers',
  },
  fr: {
    title: 'Clients',
  },
} as const;
