import { lazy, Suspense } from 'react';

const UnreadCountFigure = lazy(() => import('./unread-count-badge-figure'));

/**
 * The unread count for the navigation. The visible figure is hidden from assistive technology;
 * the hidden text with `id` says the same in words: point the link's `aria-describedby` at it,
 * so the link keeps its plain name ("Announcements") and the count is read as its description.
 */
export function UnreadCountBadge({ id }: { id: string }) {
  // Neither the badge's code nor the feature's strings hold back the shell.
  return (
    <Suspense fallback={null}>
      <UnreadCountFigure id={id} />
    </Suspense>
  );
}
