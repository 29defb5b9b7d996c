import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseSummary, HistoryState } from '../../../preload/contract.js';
import type { DossierClient } from '../api/client.js';
import type { ToastInput } from './shell-context.js';

/** Undo/redo of the case's journal: one path for Ctrl+Z, the Edit menu, the header buttons and toasts. */
export interface HistoryControls {
  /** What the next undo / redo would do; null while loading or with no case open. */
  state: HistoryState | null;
  /** Undoes the latest operation, or the one a toast names. */
  undo(operationId?: string): Promise<void>;
  redo(): Promise<void>;
}

export function useHistory(
  client: DossierClient,
  summary: CaseSummary | null,
  revision: number,
  toast: (t: ToastInput) => void,
  report: (e: unknown) => void,
): HistoryControls {
  const caseId = summary?.id ?? null;
  // Kept with the case it belongs to, so another case never shows this one's "Undo …".
  const [held, setHeld] = useState<{ caseId: string; state: HistoryState } | null>(null);
  const state = held && held.caseId === caseId ? held.state : null;
  const setState = useCallback((s: HistoryState) => caseId && setHeld({ caseId, state: s }), [caseId]);
  useEffect(() => {
    if (!caseId) return;
    let live = true;
    client.call('history:state').then(
      (s) => live && setState(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, caseId, revision, setState]);
  useEffect(() => client.on('history:changed', setState), [client, setState]);

  const undo = useCallback(
    async (operationId?: string) => {
      try {
        const done = await client.call('history:undo', operationId ? { operationId } : {});
        setState(done.state);
        toast({ message: done.message });
      } catch (e) {
        report(e);
      }
    },
    [client, toast, report, setState],
  );
  const redo = useCallback(async () => {
    try {
      const done = await client.call('history:redo');
      setState(done.state);
      toast({ message: done.message });
    } catch (e) {
      report(e);
    }
  }, [client, toast, report, setState]);
  return useMemo(() => ({ state, undo, redo }), [state, undo, redo]);
}

/** "Undo merge "Qurbonov" into "Kurbonov"" — a menu or button label from the next step. */
export function historyLabel(verb: 'Undo' | 'Redo', step: { summary: string } | null | undefined): string {
  return step ? `${verb} ${step.summary}` : `Nothing to ${verb.toLowerCase()}`;
}
