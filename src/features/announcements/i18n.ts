export const announcements = {
  en: {
    title: 'Announcements',
  },
  fr: {
    title: 'Annonces',
  },
} as const;
