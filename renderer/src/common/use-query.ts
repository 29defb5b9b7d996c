import { useEffect, useState } from 'react';
import { useShell } from '../shell/shell-context.js';

export interface Query<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs `load` when `key` changes or the case changes, and keeps the last good data while
 * reloading so lists do not flash empty.
 */
export function useQuery<T>(load: () => Promise<T>, key: string): Query<T> {
  const { revision } = useShell();
  const token = `${key}\u0000${revision}`;
  const [state, setState] = useState<{ token: string | null; data: T | null; error: string | null }>({
    token: null,
    data: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ token, data, error: null }),
      (e: unknown) =>
        live && setState((s) => ({ token, data: s.data, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `token` says when to run it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  return { data: state.data, error: state.error, loading: state.token !== token };
}
