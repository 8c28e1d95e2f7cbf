import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Link, type LinkProps } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    // Underlined: a link inside text must not rely on colour alone (WCAG 1.4.1).
    textDecoration: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    // Windows forced colors: the system's link colour, as Fluent's own Link does.
    '@media (forced-colors: active)': { color: 'LinkText', ':hover': { color: 'LinkText' } },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

/** A router link styled like Fluent's Link, so in-app navigation stays client-side. */
export function AppLink({ className, ...props }: LinkProps) {
  const styles = useStyles();
  return (
    <Link
      {...props}
      className={mergeClasses(styles.link, typeof className === 'string' ? className : undefined)}
    />
  );
}
