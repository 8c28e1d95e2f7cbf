import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { usePageHeadingLevel } from './heading-level';
import { useDocumentTitle } from './use-document-title';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // The browser's own heading margins (0.67em above and below an h1) set the description 40 px
  // below its title and the title 20 px below the top of the page; the gap above is the spacing.
  title: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  description: { color: tokens.colorNeutralForeground2 },
});

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  useDocumentTitle(title);
  const styles = useStyles();
  const level = usePageHeadingLevel();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Text
          as={level === 1 ? 'h1' : 'h2'}
          size={level === 1 ? 700 : 600}
          weight="semibold"
          className={styles.title}
        >
          {title}
        </Text>
        {description ? <Text className={styles.description}>{description}</Text> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
