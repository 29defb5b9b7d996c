import type { ChartSummary, ChartViewport } from '../../../preload/contract/chart.js';
import { amendOperation } from '../entities/amend-operation.js';
import { parseChanges } from '../entities/journal-changes.js';
import type { WritableCase } from '../store/case-store.js';
import { undoJournal } from '../store/journal-sql.js';
import { type PlacementInput, savePlacements } from './chart-records.js';

/**
 * Saves the layout the page ran by itself when a seeded chart (`needsLayout`) was first opened.
 * That is not an analyst's move, so it is never an undo step of its own ("Undo move 40 nodes"
 * right after opening a chart). When the chart's creation is in the undo history the positions
 * become part of it — undoing the creation takes the chart away, redoing it brings it back laid
 * out; otherwise (a chart seeded by the sample case or the CLI) they are written like the
 * viewport, outside the history.
 */
export function saveFirstLayout(
  store: WritableCase,
  chartId: string,
  placements: readonly PlacementInput[],
  viewport?: ChartViewport,
): ChartSummary {
  return store.transaction(() => {
    const creation = creatingOperation(store, chartId);
    const amended = creation ? amendOperation(store, creation, (s) => savePlacements(s, chartId, placements)) : null;
    if (!amended) savePlacements(store, chartId, placements);
    return savePlacements(store, chartId, [], viewport);
  });
}

/** The live operation that created the chart, if it is the newest one that names it. */
function creatingOperation(store: WritableCase, chartId: string): string | null {
  const op = undoJournal(store).newestTouching(chartId);
  if (!op) return null;
  const created = parseChanges(op.changes).records.some(
    (c) => c.kind === 'chart' && c.id === chartId && c.before === null,
  );
  return created ? op.id : null;
}
