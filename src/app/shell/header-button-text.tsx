import { makeStyles, mergeClasses, type GriffelStyle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { visuallyHidden } from '@/components/visually-hidden';
import { mediumScreen, narrowScreen } from '@/components/narrow-screen';

const useStyles = makeStyles({
  text: { [narrowScreen]: visuallyHidden as GriffelStyle },
  iconOnlyOnMediumScreens: { [mediumScreen]: visuallyHidden as GriffelStyle },
});

/**
 * A header button's words: shown beside its icon on a wide screen; on a phone only the icon
 * shows, and the words stay the button's name. Five labelled buttons took five lines there.
 * A tool button (not the signed-in user's) shows its icon only on a medium screen already.
 */
export function HeaderButtonText({ children, tool = false }: { children: ReactNode; tool?: boolean }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.text, tool && styles.iconOnlyOnMediumScreens)}>{children}</span>
  );
}
