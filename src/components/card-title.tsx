import { makeStyles, mergeClasses, Text, type TextProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePageHeadingLevel } from './heading-level';

const useStyles = makeStyles({
  // The browser's heading margins added 15-20 px above and below every card's title, on top of
  // the card's own padding and gaps.
  title: { margin: 0 },
});

interface CardTitleProps {
  children: ReactNode;
  size?: TextProps['size'];
  /** For a form or region the title names (`aria-labelledby`). */
  id?: string;
  /** Spacing the title's container asks for. */
  className?: string;
}

/**
 * A card's title, or a page section's: the heading one level below the page's title (h2 on a page,
 * h3 inside the customer workspace, whose page titles are h2), with no margins of its own.
 */
export function CardTitle({ children, size, id, className }: CardTitleProps) {
  const styles = useStyles();
  const level = usePageHeadingLevel() === 1 ? 'h2' : 'h3';
  return (
    <Text as={level} id={id} size={size} weight="semibold" className={mergeClasses(styles.title, className)}>
      {children}
    </Text>
  );
}
