import type { ChartData } from '../../../preload/contract/chart.js';
import { RELIABILITY_GRADES, type Reliability } from '../../../lib/vocabulary/index.js';
import { linkTypeLabel } from '../../../lib/vocabulary/event-types.js';
import type { ViewState } from './view-state.js';

/** Filters by entity type, link type, confidence, credibility, source grade and date window. */
export function FilterPanel({
  data,
  view,
  setView,
}: {
  data: ChartData;
  view: ViewState;
  setView(v: ViewState): void;
}) {
  const f = view.filter;
  const types = [...new Set(data.nodes.map((n) => (n.kind === 'event' ? 'event' : n.type)))].sort();
  const linkTypes = [...new Set(data.edges.filter((e) => e.kind === 'link').map((e) => e.type))].sort();
  const toggle = (list: readonly string[] | undefined, all: string[], item: string) => {
    const current = new Set(list ?? all);
    if (current.has(item)) current.delete(item);
    else current.add(item);
    return current.size === all.length ? undefined : [...current];
  };
  const set = (patch: Partial<ViewState['filter']>) => setView({ ...view, filter: { ...f, ...patch } });
  return (
    <div className="chart-panel-body chart-filter">
      <label className="inline">
        <input
          type="radio"
          checked={view.filterMode === 'fade'}
          onChange={() => setView({ ...view, filterMode: 'fade' })}
        />{' '}
        fade
      </label>
      <label className="inline">
        <input
          type="radio"
          checked={view.filterMode === 'hide'}
          onChange={() => setView({ ...view, filterMode: 'hide' })}
        />{' '}
        hide filtered-out items
      </label>
      <fieldset>
        <legend>Entity types</legend>
        {types.map((t) => (
          <label key={t} className="inline">
            <input
              type="checkbox"
              checked={!f.entityTypes || f.entityTypes.includes(t)}
              onChange={() => set({ entityTypes: toggle(f.entityTypes, types, t) })}
            />{' '}
            {linkTypeLabel(t)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Link types</legend>
        {linkTypes.map((t) => (
          <label key={t} className="inline">
            <input
              type="checkbox"
              checked={!f.linkTypes || f.linkTypes.includes(t)}
              onChange={() => set({ linkTypes: toggle(f.linkTypes, linkTypes, t) })}
            />{' '}
            {linkTypeLabel(t)}
          </label>
        ))}
      </fieldset>
      <label>
        Confidence at least {Math.round((f.minConfidence ?? 0) * 100)}%
        <input
          type="range"
          min={0}
          max={100}
          value={Math.round((f.minConfidence ?? 0) * 100)}
          onChange={(e) => set({ minConfidence: Number(e.target.value) / 100 || undefined })}
        />
      </label>
      <label>
        Credibility at worst
        <select
          value={f.maxCredibility ?? ''}
          onChange={(e) => set({ maxCredibility: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">any</option>
          {[1, 2, 3, 4, 5, 6].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source grade at worst
        <select
          value={f.worstReliability ?? ''}
          onChange={(e) => set({ worstReliability: (e.target.value || undefined) as Reliability | undefined })}
        >
          <option value="">any</option>
          {RELIABILITY_GRADES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Date window</legend>
        <input
          type="date"
          aria-label="From"
          value={f.window?.from ?? ''}
          onChange={(e) => set({ window: { from: e.target.value || null, to: f.window?.to ?? null } })}
        />
        <input
          type="date"
          aria-label="To"
          value={f.window?.to ?? ''}
          onChange={(e) => set({ window: { from: f.window?.from ?? null, to: e.target.value || null } })}
        />
        <label className="inline">
          <input
            type="checkbox"
            checked={f.keepUndated ?? true}
            onChange={(e) => set({ keepUndated: e.target.checked })}
          />{' '}
          keep undated
        </label>
      </fieldset>
      <button onClick={() => setView({ ...view, filter: {} })}>Clear filters</button>
    </div>
  );
}
