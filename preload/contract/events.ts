import type { JobStatus } from './jobs.js';
import type { CaseSummary } from './case.js';
import { event } from './define.js';
import type { HistoryState } from './history.js';

/** Commands from native menus and the OS (second instance, file association) to the renderer. */
export type MenuCommand =
  | {
      command:
        | 'new-case'
        | 'open-case'
        | 'import-documents'
        | 'import-bundle'
        | 'export'
        | 'close-case'
        | 'find'
        | 'command-palette'
        | 'about'
        | 'undo'
        | 'redo';
    }
  | { command: 'open-path'; path: string }
  /** A .casebundle the OS asked Dossier to open. */
  | { command: 'open-bundle'; path: string };

/** Everything main pushes to the renderer. */
export const events = {
  /** A background job started, moved, or finished. */
  'job:progress': event<JobStatus>(),
  /** The open case changed: another case, closed (null), or records of these kinds were written. */
  'case:changed': event<{ summary: CaseSummary | null; kinds: string[] }>(),
  'menu:command': event<MenuCommand>(),
  /** The undo/redo stacks moved without a case:changed (a chart save, which the page already shows). */
  'history:changed': event<HistoryState>(),
};
