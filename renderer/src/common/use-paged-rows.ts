import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShell } from '../shell/shell-context.js';
import { PAGE_SIZE, type PageLoader, type PagedState, pagesFor, rowAt, withPage } from './paged-rows.js';

export interface PagedRows<Row> {
  /** Rows matching: what can be scrolled to (null before the first page arrives). */
  total: number | null;
  rowAt(index: number): Row | undefined;
  /** Loads the pages covering rows [from, to) if they are not loaded or loading. */
  request(from: number, to: number): void;
  error: string | null;
  /** True while the rows shown are from before the last change of key or case. */
  stale: boolean;
}

/** Server-paged rows for a virtualised table; `key` names the filter and sort. */
export function usePagedRows<Row>(load: PageLoader<Row>, key: string, pageSize = PAGE_SIZE): PagedRows<Row> {
  const { revision } = useShell();
  const token = `${key}\u0000${revision}`;
  const [state, setState] = useState<PagedState<Row>>({ token: '', total: null, pages: new Map(), error: null });
  const inFlight = useRef({ token: '', pages: new Set<number>() });
  const latestLoad = useRef(load);
  // A layout effect, so the new loader is in place before any passive effect (the table's,
  // which runs before this component's own) asks for a page of the new key.
  useLayoutEffect(() => {
    latestLoad.current = load;
  });

  const fetchPage = useCallback(
    (page: number) => {
      if (inFlight.current.token !== token) inFlight.current = { token, pages: new Set() };
      if (inFlight.current.pages.has(page)) return;
      inFlight.current.pages.add(page);
      latestLoad.current(page * pageSize, pageSize).then(
        (reply) => {
          if (inFlight.current.token === token) setState((s) => withPage(s, token, page, reply));
        },
        (e: unknown) => {
          inFlight.current.pages.delete(page);
          setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
        },
      );
    },
    [token, pageSize],
  );

  useEffect(() => fetchPage(0), [fetchPage]);
  const request = useCallback(
    (from: number, to: number) => pagesFor(from, to, pageSize).forEach(fetchPage),
    [fetchPage, pageSize],
  );
  return {
    total: state.total,
    rowAt: (i) => rowAt(state, i, pageSize),
    request,
    error: state.error,
    stale: state.token !== token,
  };
}

/** `value`, once it has stopped changing for `ms` (a filter field typed into). */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
