import { useContext, useEffect, useRef, useState } from 'react';
import { UNSAFE_DataRouterContext, useNavigation } from 'react-router';

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
  // The router's own state, read when the pause ends: the rendered one lags it, because the router
  // hands its updates to React as transitions. On a busy machine a click on a result could start
  // its navigation and the pause end before React had rendered it, and the commit replaced it.
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => {
    if (navigating || typed === committed) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const commitUnlessNavigating = () => {
      if (router && router.state.navigation.state !== 'idle') {
        timer = setTimeout(commitUnlessNavigating, pauseMs);
        return;
      }
      latestCommit.current(typed);
    };
    timer = setTimeout(commitUnlessNavigating, pauseMs);
    return () => clearTimeout(timer);
  }, [typed, committed, navigating, pauseMs, router]);
}

/**
 * The text of a list's search box, kept in the URL: the box answers every keystroke, the URL gets
 * the trimmed text after a pause, and a URL change the box did not make (back, forward, a link)
 * replaces the text. Telling the two apart matters: the URL lags a commit by a render or two, and
 * following that stale value would put back what the user has just deleted or typed over.
 */
export function useUrlSearchText(
  inUrl: string,
  commit: (value: string) => void,
  pauseMs?: number,
): [text: string, setText: (text: string) => void] {
  const [text, setText] = useState(inUrl);
  const [seenInUrl, setSeenInUrl] = useState(inUrl);
  const [committed, setCommitted] = useState<string | null>(null);
  if (inUrl !== seenInUrl) {
    setSeenInUrl(inUrl);
    if (inUrl === committed) setCommitted(null);
    else setText(inUrl);
  }
  useCommitAfterPause(
    text.trim(),
    inUrl,
    (value) => {
      setCommitted(value);
      commit(value);
    },
    pauseMs,
  );
  return [text, setText];
}
