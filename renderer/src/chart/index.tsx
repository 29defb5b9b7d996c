import { useEffect, useState } from 'react';
import type { ChartSummary } from '../../../preload/contract/chart.js';
import type { WorkspaceViewProps } from '../workspace/view-props.js';
import { ChartView } from './chart-view.js';
import { EntityDropZone } from './entity-drop.js';
import './chart.css';

/** The chart workspace: pick, create, rename or delete a named chart, then work on it. */
export function ChartWorkspace({ client, revision, selection, select, report }: WorkspaceViewProps) {
  const [charts, setCharts] = useState<ChartSummary[] | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.call('chart:list').then(
      (list) => {
        if (!live) return;
        setCharts(list);
        setCurrent((c) => (c && list.some((x) => x.id === c) ? c : (list[0]?.id ?? null)));
      },
      (e: unknown) => live && report(e),
    );
    return () => {
      live = false;
    };
  }, [client, revision, report]);

  // Electron has no window.prompt: names are typed into the picker bar.
  const [naming, setNaming] = useState<{ mode: 'create' | 'create-from-case' | 'rename'; name: string } | null>(null);
  const startCreate = (fromCase = false) =>
    setNaming({
      mode: fromCase ? 'create-from-case' : 'create',
      name: fromCase ? 'Case overview' : `Chart ${(charts?.length ?? 0) + 1}`,
    });
  const create = async (name: string, fromCase: boolean) => {
    try {
      const c = await client.call('chart:create', { name: name.trim(), fromCase });
      setCharts((list) => [...(list ?? []), c]);
      setCurrent(c.id);
    } catch (e) {
      report(e);
    }
  };
  const rename = async (name: string) => {
    const chart = charts?.find((c) => c.id === current);
    if (!chart) return;
    try {
      const renamed = await client.call('chart:rename', { chartId: chart.id, name: name.trim() });
      setCharts((list) => list?.map((c) => (c.id === renamed.id ? renamed : c)) ?? null);
    } catch (e) {
      report(e);
    }
  };
  const remove = async () => {
    const chart = charts?.find((c) => c.id === current);
    if (!chart || !window.confirm(`Delete the chart "${chart.name}"? Its entities stay in the case.`)) return;
    try {
      await client.call('chart:delete', { chartId: chart.id });
      const rest = (charts ?? []).filter((c) => c.id !== chart.id);
      setCharts(rest);
      setCurrent(rest[0]?.id ?? null);
    } catch (e) {
      report(e);
    }
  };

  if (!charts) return <div className="empty-state muted">Loading charts…</div>;
  return (
    <div className="chart-workspace">
      <div className="chart-picker">
        <select aria-label="Chart" value={current ?? ''} onChange={(e) => setCurrent(e.target.value || null)}>
          {charts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.nodes})
            </option>
          ))}
        </select>
        {naming ? (
          <form
            className="chart-naming"
            onSubmit={(e) => {
              e.preventDefault();
              const name = naming.name.trim();
              if (!name) return;
              setNaming(null);
              if (naming.mode === 'rename') void rename(name);
              else void create(name, naming.mode === 'create-from-case');
            }}
          >
            <input
              autoFocus
              aria-label="Chart name"
              value={naming.name}
              onChange={(e) => setNaming({ ...naming, name: e.target.value })}
              onKeyDown={(e) => e.key === 'Escape' && setNaming(null)}
            />
            <button type="submit" className="primary">
              {naming.mode === 'rename' ? 'Rename' : 'Create'}
            </button>
            <button type="button" onClick={() => setNaming(null)}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            <button onClick={() => startCreate()}>New chart</button>
            <button
              onClick={() => startCreate(true)}
              title="A new chart with the case's best-connected entities and their events"
            >
              New chart from case
            </button>
            <button
              onClick={() => setNaming({ mode: 'rename', name: charts.find((c) => c.id === current)?.name ?? '' })}
              disabled={!current}
            >
              Rename
            </button>
            <button onClick={() => void remove()} disabled={!current}>
              Delete
            </button>
          </>
        )}
      </div>
      {current ? (
        <EntityDropZone client={client} chartId={current} report={report}>
          <ChartView
            key={current}
            client={client}
            chartId={current}
            revision={revision}
            selection={selection}
            select={select}
            report={report}
          />
        </EntityDropZone>
      ) : (
        <div className="empty-state">
          <h2>No charts yet</h2>
          <p className="muted">
            A chart shows the people, organisations and events you put on it and how they are linked.
          </p>
          <div className="button-row">
            <button className="primary" onClick={() => startCreate(true)}>
              Chart the whole case
            </button>
            <button onClick={() => startCreate()}>Start an empty chart</button>
          </div>
        </div>
      )}
    </div>
  );
}
