import { useEffect, useState } from 'react';
import type { ChartCandidate, ChartCitation, ChartData } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import { TypeIcon } from '../common/entity-chip.js';
import type { MeasureName } from '../../../lib/graph/centrality.js';
import type { ComputedView, ViewState } from './view-state.js';
import { FilterPanel } from './filter-panel.js';
import { RulesPanel } from './rules-panel.js';
import { eventOfLink } from './event-links.js';

type Tab = 'add' | 'details' | 'analysis' | 'filter' | 'rules';

export function SidePanel(props: {
  client: DossierClient;
  chartId: string;
  data: ChartData;
  computed: ComputedView;
  view: ViewState;
  setView(v: ViewState): void;
  selectedIds: string[];
  onAdd(c: ChartCandidate): void;
  onFocus(id: string): void;
  report(e: unknown): void;
  /** Bumped to bring the details (citations) forward, e.g. after a click on the timeline. */
  showDetails: number;
}) {
  const [tab, setTab] = useState<Tab>('add');
  const [seenRequest, setSeenRequest] = useState(props.showDetails);
  if (seenRequest !== props.showDetails) {
    // Adjusting state while rendering (React's documented pattern for props-driven resets).
    setSeenRequest(props.showDetails);
    setTab('details');
  }
  return (
    <aside className="chart-side" aria-label="Chart panel">
      <nav className="chart-tabs" role="tablist">
        {(['add', 'details', 'analysis', 'filter', 'rules'] as Tab[]).map((t) => (
          <button
            key={t}
            role="tab"
            aria-selected={tab === t}
            className={tab === t ? 'active' : ''}
            onClick={() => setTab(t)}
          >
            {t[0]!.toUpperCase() + t.slice(1)}
          </button>
        ))}
      </nav>
      {tab === 'add' && <AddPanel {...props} />}
      {tab === 'details' && <DetailsPanel {...props} />}
      {tab === 'analysis' && <AnalysisPanel {...props} />}
      {tab === 'filter' && <FilterPanel data={props.data} view={props.view} setView={props.setView} />}
      {tab === 'rules' && <RulesPanel view={props.view} setView={props.setView} />}
    </aside>
  );
}

function AddPanel({
  client,
  chartId,
  onAdd,
  report,
}: {
  client: DossierClient;
  chartId: string;
  onAdd(c: ChartCandidate): void;
  report(e: unknown): void;
}) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState('');
  const [rows, setRows] = useState<ChartCandidate[]>([]);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      client.call('chart:candidates', { chartId, query, ...(type ? { type } : {}), limit: 60 }).then(
        (r) => live && setRows(r),
        (e: unknown) => live && report(e),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [client, chartId, query, type, report]);
  return (
    <div className="chart-panel-body">
      <input
        type="search"
        placeholder="Find entities and events…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Find entities and events"
      />
      <select value={type} onChange={(e) => setType(e.target.value)} aria-label="Type">
        <option value="">all types</option>
        {['person', 'organization', 'location', 'event', 'email', 'phone', 'url', 'ip'].map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <ul className="chart-candidates">
        {rows.map((c) => (
          <li key={c.id}>
            <TypeIcon type={c.type} />
            <span className="grow">{c.label}</span>
            {c.onChart ? (
              <span className="muted small">on chart</span>
            ) : (
              <button className="small" onClick={() => onAdd(c)} aria-label={`Add ${c.label}`}>
                Add
              </button>
            )}
          </li>
        ))}
        {!rows.length && <li className="muted">Nothing found.</li>}
      </ul>
    </div>
  );
}

function DetailsPanel({
  client,
  data,
  selectedIds,
  report,
}: {
  client: DossierClient;
  data: ChartData;
  selectedIds: string[];
  report(e: unknown): void;
}) {
  // A folded event's edge shows the event it stands for.
  const picked = selectedIds.length === 1 ? selectedIds[0]! : null;
  const id = picked ? (eventOfLink(picked) ?? picked) : null;
  const [citations, setCitations] = useState<{ id: string; rows: ChartCitation[] } | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    client.call('chart:citations', { subjectId: id }).then(
      (rows) => live && setCitations({ id, rows }),
      (e: unknown) => live && report(e),
    );
    return () => {
      live = false;
    };
  }, [client, id, report]);
  if (!id)
    return (
      <p className="muted chart-panel-body">
        {selectedIds.length ? `${selectedIds.length} selected.` : 'Select a node or a link to see why we believe it.'}
      </p>
    );
  const node = data.nodes.find((n) => n.id === id);
  const edge = data.edges.find((e) => e.id === id);
  const rows = citations?.id === id ? citations.rows : [];
  return (
    <div className="chart-panel-body" data-testid="chart-details">
      {node && (
        <h3>
          <TypeIcon type={node.kind === 'event' ? 'event' : node.type} /> {node.label}
        </h3>
      )}
      {node && (
        <p className="muted">
          {node.kind === 'event'
            ? `event · ${node.startAt ?? 'undated'}${node.precision ? ` (${node.precision})` : ''}`
            : node.type}{' '}
          · {node.status} · {node.mentions}× {node.reliability ? `· best source ${node.reliability}` : ''}
        </p>
      )}
      {edge && <h3>{edge.type}</h3>}
      {edge && (
        <p className="muted">
          {edge.directed ? 'directed' : 'undirected'} · confidence {Math.round(edge.confidence * 100)}% · credibility{' '}
          {edge.credibility ?? '–'} · {edge.status}
        </p>
      )}
      <h4>Citations ({rows.length})</h4>
      <ul className="chart-citations">
        {rows.map((c) => (
          <li key={`${c.documentId}:${c.start}`}>
            <strong>{c.documentTitle}</strong> {c.reliability ? <span className="badge">{c.reliability}</span> : null}
            <blockquote>{c.quote}</blockquote>
          </li>
        ))}
        {!rows.length && <li className="muted">No citations recorded.</li>}
      </ul>
    </div>
  );
}

function AnalysisPanel({
  data,
  computed,
  view,
  setView,
  onFocus,
}: {
  data: ChartData;
  computed: ComputedView;
  view: ViewState;
  setView(v: ViewState): void;
  onFocus(id: string): void;
}) {
  const label = new Map(data.nodes.map((n) => [n.id, n.label]));
  return (
    <div className="chart-panel-body">
      <label>
        Measure
        <select
          value={view.measure ?? ''}
          onChange={(e) => setView({ ...view, measure: (e.target.value || null) as MeasureName | null })}
          aria-label="Measure"
        >
          <option value="">none</option>
          <option value="degree">Degree</option>
          <option value="betweenness">Betweenness</option>
          <option value="closeness">Closeness</option>
          <option value="eigenvector">Eigenvector</option>
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={view.directed}
          onChange={(e) => setView({ ...view, directed: e.target.checked })}
        />{' '}
        follow link direction
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={view.weighted}
          onChange={(e) => setView({ ...view, weighted: e.target.checked })}
        />{' '}
        weight by confidence
      </label>
      <label>
        Clusters
        <select
          value={view.clusters}
          onChange={(e) => setView({ ...view, clusters: e.target.value as ViewState['clusters'] })}
          aria-label="Clusters"
        >
          <option value="none">none</option>
          <option value="components">Connected components</option>
          <option value="louvain">Communities (Louvain)</option>
        </select>
      </label>
      {computed.clusterOf && (
        <p className="muted small">{new Set(computed.clusterOf.values()).size} clusters, coloured.</p>
      )}
      {computed.ranking.length > 0 && (
        <ol className="chart-ranking" data-testid="chart-ranking">
          {computed.ranking.map((r) => (
            <li key={r.id}>
              <button className="link" onClick={() => onFocus(r.id)}>
                {label.get(r.id) ?? r.id}
              </button>{' '}
              <span className="muted">{r.score.toFixed(3)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
