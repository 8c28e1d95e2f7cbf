import { useEffect, useRef } from 'react';
import { useNavigation } from 'react-router';

/**
 * Commits what the user typed once typing pauses: the lists keep their search in the URL, and each
 * commit is a request and a history change. Not while a navigation is under way, which a commit
 * would replace: a search typed just before a click on one of its results must not pull the user
 * back to the list (the page chunk of the result may still be loading).
 */
export function useCommitAfterPause(
  typed: string,
  committed: string,
  commit: (value: string) => void,
  pauseMs = 300,
): void {
  const navigating = useNavigation().state !== 'idle';
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => {
    if (navigating || typed === committed) return undefined;
    const timer = setTimeout(() => latestCommit.current(typed), pauseMs);
    return () => clearTimeout(timer);
  }, [typed, committed, navigating, pauseMs]);
}
