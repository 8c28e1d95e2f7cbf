import { useEffect } from 'react';

/** The tab title names the page, so history, bookmarks and screen-reader page announcements do too. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Partner Dashboard`;
  }, [title]);
}
