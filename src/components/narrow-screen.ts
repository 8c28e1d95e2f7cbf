/** Below this width the app takes a phone's layout: the navigation folds behind a Menu button. */
export const narrowScreen = '@media (max-width: 720px)';

/**
 * A small laptop or a tablet held sideways: the header's tool buttons show their icons only, so
 * that the header stays one row in French too (at 1,024 px their words took two rows).
 */
export const mediumScreen = '@media (max-width: 1199px)';
