import { createContext, useContext } from 'react';

/**
 * The level of a page's own title. A page shown inside a layout that already has the page's h1
 * (the customer workspace) renders its title one level down, so the outline stays h1 → h2 → h3
 * without the page knowing where it is shown.
 */
export const PageHeadingLevelContext = createContext<1 | 2>(1);

export function usePageHeadingLevel(): 1 | 2 {
  return useContext(PageHeadingLevelContext);
}
