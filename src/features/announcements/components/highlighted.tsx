import { makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext } from 'react';
import { findMatches } from '../search';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** The active search text, so every piece of an entry can highlight it without prop drilling. */
export const SearchQueryContext = createContext('');

/** `text` with each match of the active search wrapped in `<mark>`. */
export function Highlighted({ text }: { text: string }) {
  const query = useContext(SearchQueryContext);
  const styles = useStyles();
  const ranges = query ? findMatches(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let cursor = 0;
  for (const { start, end } of ranges) {
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(
      <mark key={start} className={styles.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
