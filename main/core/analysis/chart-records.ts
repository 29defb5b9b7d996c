import type { ChartSummary, ChartViewport } from '../../../preload/contract/chart.js';
import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { ChartNodeRecord } from '../store/records.js';
import { chartSummary } from './chart-data.js';

export interface PlacementInput {
  subjectId: string;
  x: number;
  y: number;
  locked?: boolean | undefined;
  hidden?: boolean | undefined;
  groupId?: string | null | undefined;
  style?: Record<string, unknown> | undefined;
}

/** Named charts of a case and the placements saved on them. Every call is one transaction. */
export function createChart(store: WritableCase, name: string): ChartSummary {
  const taken = store.list('chart', { name });
  if (taken.length) throw new DossierError('invalid-argument', `a chart called "${name}" already exists`);
  return chartSummary(store, store.insert('chart', { name, viewport: {}, settings: {} }));
}

export function renameChart(store: WritableCase, chartId: string, name: string): ChartSummary {
  return store.transaction(() => {
    store.require('chart', chartId);
    if (store.list('chart', { name }).some((c) => c.id !== chartId))
      throw new DossierError('invalid-argument', `a chart called "${name}" already exists`);
    return chartSummary(store, store.update('chart', chartId, { name }));
  });
}

/** Deletes a chart and its placements (each with a tombstone); the entities stay in the case. */
export function deleteChart(store: WritableCase, chartId: string): void {
  store.transaction(() => {
    store.require('chart', chartId);
    for (const n of store.list('chartNode', { chartId })) store.remove('chartNode', n.id);
    store.remove('chart', chartId);
  });
}

/**
 * Writes placements: existing ones are updated (only when something changed, so a save of an
 * unchanged chart writes nothing), new ones inserted. Subjects must be entities, events or groups.
 */
export function savePlacements(
  store: WritableCase,
  chartId: string,
  placements: readonly PlacementInput[],
  viewport?: ChartViewport,
): ChartSummary {
  return store.transaction(() => {
    const chart = store.require('chart', chartId);
    const existing = new Map(store.list('chartNode', { chartId }).map((n) => [n.subjectId, n]));
    const fresh = [];
    // The last placement given for a subject wins.
    const unique = new Map(placements.map((p) => [p.subjectId, p]));
    for (const p of unique.values()) {
      const had = existing.get(p.subjectId);
      if (had) {
        const patch = changes(had, p);
        if (patch) store.update('chartNode', had.id, patch);
        continue;
      }
      if (!isSubject(store, p))
        throw new DossierError('not-found', `${p.subjectId} is not an entity, event or group of this case`);
      fresh.push({
        chartId,
        subjectId: p.subjectId,
        x: p.x,
        y: p.y,
        locked: p.locked ?? false,
        hidden: p.hidden ?? false,
        groupId: p.groupId ?? null,
        style: p.style ?? {},
      });
    }
    if (fresh.length) store.insertMany('chartNode', fresh, 'chart-add-nodes');
    const updated = viewport ? store.update('chart', chartId, { viewport: { ...viewport } }) : chart;
    return chartSummary(store, updated);
  });
}

export function removePlacements(store: WritableCase, chartId: string, subjectIds: readonly string[]): void {
  store.transaction(() => {
    store.require('chart', chartId);
    const wanted = new Set(subjectIds);
    for (const n of store.list('chartNode', { chartId })) {
      if (wanted.has(n.subjectId)) store.remove('chartNode', n.id);
      // Members of a removed group stay on the chart, ungrouped.
      else if (n.groupId && wanted.has(n.groupId)) store.update('chartNode', n.id, { groupId: null });
    }
  });
}

function changes(had: ChartNodeRecord, p: PlacementInput): Partial<ChartNodeRecord> | null {
  const patch: Partial<ChartNodeRecord> = {};
  if (had.x !== p.x) patch.x = p.x;
  if (had.y !== p.y) patch.y = p.y;
  if (p.locked !== undefined && had.locked !== p.locked) patch.locked = p.locked;
  if (p.hidden !== undefined && had.hidden !== p.hidden) patch.hidden = p.hidden;
  if (p.groupId !== undefined && had.groupId !== p.groupId) patch.groupId = p.groupId;
  if (p.style !== undefined && JSON.stringify(had.style) !== JSON.stringify(p.style)) patch.style = p.style;
  return Object.keys(patch).length ? patch : null;
}

function isSubject(store: WritableCase, p: PlacementInput): boolean {
  if (p.style?.group === true) return true;
  return !!store.get('entity', p.subjectId) || !!store.get('event', p.subjectId);
}
