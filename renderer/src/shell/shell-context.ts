import { createContext, useContext } from 'react';
import type { AppInfo, CaseSummary, JobStatus } from '../../../preload/contract.js';
import type { DossierClient } from '../api/client.js';
import type { ActionRegistry } from './shell-actions.js';
import type { HistoryControls } from './use-history.js';

export type ViewName = 'documents' | 'entities' | 'events' | 'chart' | 'timeline' | 'search' | 'audit' | 'duplicates';

/** What is selected, wherever it was selected: the inspector and every view follow it. */
export interface Selection {
  kind: 'entity' | 'document' | 'link' | 'event';
  id: string;
  /** For documents: the passage to scroll to. */
  range?: { start: number; end: number };
}

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  /** Offered as an Undo button (and Ctrl+Z while the toast is up). */
  undo?: () => Promise<void>;
}

/** The app-wide state every view reads: one client, the open case, selection, jobs. */
export interface Shell {
  client: DossierClient;
  info: AppInfo | null;
  summary: CaseSummary | null;
  /** Bumped whenever main reports the case changed; views refetch on it. */
  revision: number;
  /** When records were last written (every write is committed at once; there is no unsaved state). */
  lastWrite: Date | null;
  view: ViewName;
  setView(view: ViewName): void;
  selection: Selection | null;
  select(selection: Selection | null): void;
  jobs: JobStatus[];
  toast(t: ToastInput): void;
  /** Shows a failed call as an error toast, in the words main gave. */
  report(error: unknown): void;
  openImport(files?: File[]): void;
  openPalette(): void;
  /** Undo/redo over the case's journal (Ctrl+Z, Ctrl+Shift+Z, the header buttons, toasts). */
  history: HistoryControls;
  /** Typed actions views offer while they can (merge selected, new entity …); the palette runs them. */
  actions: ActionRegistry;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const s = useContext(ShellContext);
  if (!s) throw new Error('useShell outside the shell');
  return s;
}
