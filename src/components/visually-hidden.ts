/**
 * Off screen but still in the page: read by assistive technology, focusable if it was, and
 * found by tests by its name (the usual clip pattern; `display: none` would remove it). Plain
 * values, no TypeScript syntax: Griffel's build step evaluates this module as JavaScript.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
