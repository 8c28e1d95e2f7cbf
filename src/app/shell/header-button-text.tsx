import { makeStyles, type GriffelStyle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { visuallyHidden } from '@/components/visually-hidden';
import { narrowScreen } from '@/components/narrow-screen';

const useStyles = makeStyles({
  text: { [narrowScreen]: visuallyHidden as GriffelStyle },
});

/**
 * A header button's words: shown beside its icon on a wide screen; on a phone only the icon
 * shows, and the words stay the button's name. Five labelled buttons took five lines there.
 */
export function HeaderButtonText({ children }: { children: ReactNode }) {
  return <span className={useStyles().text}>{children}</span>;
}
