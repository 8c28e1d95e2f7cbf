export const catalog = {
  en: {
    title: 'Catalog',
  },
  fr: {
    title: 'Catalogue',
  },
} as const;
