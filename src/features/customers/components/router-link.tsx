import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** A client-side router link that looks like a Fluent link. */
export function RouterLink({ className, ...props }: ComponentProps<typeof Link>) {
  const styles = useStyles();
  return <Link {...props} className={mergeClasses(styles.link, className)} />;
}
