/** Below this width the shell stacks: the navigation folds behind a Menu button. */
export const narrowScreen = '@media (max-width: 720px)';
