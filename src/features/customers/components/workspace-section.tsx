import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXXL },
  // Text does not reset a heading's margins: the browser's 1em put a gap under the title.
  heading: { margin: `0 0 ${tokens.spacingVerticalM}` },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
});

/**
 * The titled part of a workspace tab under its list, where the tab's form goes ("Confirm customer
 * acceptance", "Request a qualification"). The form names itself by `headingId` too.
 */
export function WorkspaceSection({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h3" size={500} weight="semibold" id={headingId} block className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

/** The class of the form inside a WorkspaceSection: its fields in one column. */
export function useWorkspaceFormClassName(): string {
  return useStyles().form;
}
