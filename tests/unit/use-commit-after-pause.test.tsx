import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { useCommitAfterPause, useUrlSearchText } from '@/lib/use-commit-after-pause';

function SearchList() {
  const [params, setParams] = useSearchParams();
  const committed = params.get('q') ?? '';
  const [typed, setTyped] = useState(committed);
  useCommitAfterPause(typed, committed, (q) => setParams({ q }, { replace: true }), 100);
  return (
    <>
      <label>
        Search
        <input value={typed} onChange={(event) => setTyped(event.target.value)} />
      </label>
      <Link to="/detail">Astana Retail Group</Link>
    </>
  );
}

/** React's flag for "updates here are wrapped in act()"; off, React schedules them as in a browser. */
const reactTestGlobals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

function renderList(detailLoadMs: number) {
  const router = createMemoryRouter(
    [
      { path: '/list', element: <SearchList /> },
      {
        path: '/detail',
        // Like a lazy page chunk that takes a while to arrive.
        loader: () => new Promise((resolve) => setTimeout(() => resolve(null), detailLoadMs)),
        element: <h1>Account of Astana Retail Group</h1>,
      },
    ],
    { initialEntries: ['/list'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useCommitAfterPause', () => {
  it('commits what was typed once typing pauses', async () => {
    const router = renderList(0);
    await userEvent.type(screen.getByLabelText('Search'), 'astana');
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(router.state.location.search).toBe('?q=astana'));
  });

  it('does not pull the user back to the list when they follow a result before the pause ends', async () => {
    const router = renderList(400);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Search'), 'astana');
    await user.click(screen.getByRole('link', { name: 'Astana Retail Group' }));
    expect(router.state.navigation.state).toBe('loading');
    // Longer than the pause: without the guard the commit would replace the pending navigation.
    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(
      await screen.findByRole('heading', { name: 'Account of Astana Retail Group' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/detail');
  });

  it('does not replace a navigation that started before React rendered it', async () => {
    const router = renderList(400);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const actEnvironment = reactTestGlobals.IS_REACT_ACT_ENVIRONMENT;
    try {
      act(() => {
        fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'astana' } });
      });
      // The click's navigation starts, and the pause ends, before React gets to render: nothing
      // below yields to React's scheduler until the timers have run.
      reactTestGlobals.IS_REACT_ACT_ENVIRONMENT = false;
      void router.navigate('/detail');
      vi.advanceTimersByTime(150);
      expect(router.state.navigation.state).toBe('loading');
      expect(router.state.navigation.location?.pathname).toBe('/detail');
      vi.advanceTimersByTime(400);
    } finally {
      vi.useRealTimers();
      reactTestGlobals.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
    await waitFor(() => expect(router.state.location.pathname).toBe('/detail'));
    expect(
      await screen.findByRole('heading', { name: 'Account of Astana Retail Group' }),
    ).toBeInTheDocument();
  });
});

function UrlSearch() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useUrlSearchText(params.get('q') ?? '', (q) => setParams(q ? { q } : {}), 100);
  return (
    <>
      <label>
        Search
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Link to="/list?q=fabrikam">Fabrikam link</Link>
    </>
  );
}

function renderUrlSearch() {
  const router = createMemoryRouter([{ path: '/list', element: <UrlSearch /> }], {
    initialEntries: ['/list'],
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useUrlSearchText', () => {
  it('keeps what the user typed after the URL caught up, and follows back, forward and links', async () => {
    const router = renderUrlSearch();
    const user = userEvent.setup();
    const box = screen.getByLabelText('Search');
    await user.type(box, 'nov');
    await waitFor(() => expect(router.state.location.search).toBe('?q=nov'));
    // Deleting right after a commit: the URL still says `nov` for a render or two.
    await user.clear(box);
    expect(box).toHaveValue('');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(box).toHaveValue('');

    await user.click(screen.getByRole('link', { name: 'Fabrikam link' }));
    expect(box).toHaveValue('fabrikam');
    await act(() => router.navigate(-1));
    expect(box).toHaveValue('');
    await act(() => router.navigate(1));
    expect(box).toHaveValue('fabrikam');
  });
});
