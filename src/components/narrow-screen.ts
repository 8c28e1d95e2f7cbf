/** Below this width the app takes a phone's layout: the navigation folds behind a Menu button. */
export const narrowScreen = '@media (max-width: 720px)';
