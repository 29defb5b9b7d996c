import type { DossierClient } from '../api/client.js';
import type { Selection } from '../shell/shell-context.js';

/**
 * What the workspace gives the chart and timeline views (`chart/index.tsx`, `timeline/index.tsx`).
 * Selection is shared with every other view.
 */
export interface WorkspaceViewProps {
  client: DossierClient;
  /** Bumped whenever the case changes; refetch on it. */
  revision: number;
  selection: Selection | null;
  select(selection: Selection | null): void;
  /** Error toast in the app's words. */
  report(error: unknown): void;
}
