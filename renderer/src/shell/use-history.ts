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
  const [state, setState] = useState<HistoryState | null>(null);
  const caseId = summary?.id ?? null;
  useEffect(() => {
    if (!caseId) return setState(null);
    let live = true;
    client.call('history:state').then((s) => live && setState(s), () => live && setState(null));
    return () => {
      live = false;
    };
  }, [client, caseId, revision]);
  useEffect(() => client.on('history:changed', setState), [client]);

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
    [client, toast, report],
  );
  const redo = useCallback(async () => {
    try {
      const done = await client.call('history:redo');
      setState(done.state);
      toast({ message: done.message });
    } catch (e) {
      report(e);
    }
  }, [client, toast, report]);
  return useMemo(() => ({ state, undo, redo }), [state, undo, redo]);
}

/** "Undo merge "Qurbonov" into "Kurbonov"" — a menu or button label from the next step. */
export function historyLabel(verb: 'Undo' | 'Redo', step: { summary: string } | null | undefined): string {
  return step ? `${verb} ${step.summary}` : `Nothing to ${verb.toLowerCase()}`;
}
