import type { DossierClient } from '../api/client.js';
import type { Selection } from '../shell/shell-context.js';

/**
 * What the workspace gives the chart and timeline components (renderer/chart/index.tsx and
 * renderer/timeline/index.tsx, default export). Selection is shared with every other view.
 */
export interface WorkspaceSlotProps {
  client: DossierClient;
  /** Bumped whenever the case changes; refetch on it. */
  revision: number;
  selection: Selection | null;
  select(selection: Selection | null): void;
  /** Error toast in the app's words. */
  report(error: unknown): void;
}
