/**
 * A page whose heading is fixed text (no data in it) names it in its route's `handle`: the
 * namespace and the keys of its title and description. On the first visit the shell shows that heading while the page's
 * code still downloads, so the page's title and description paint with the shell instead of a
 * few hundred milliseconds later; the page itself renders the same keys in the same place.
 */
export interface PageHeading {
  ns: string;
  title: string;
  description?: string;
}

export interface HeadingHandle {
  heading: PageHeading;
}

export function headingOf(handle: unknown): PageHeading | undefined {
  return typeof handle === 'object' && handle !== null && 'heading' in handle
    ? (handle as HeadingHandle).heading
    : undefined;
}
