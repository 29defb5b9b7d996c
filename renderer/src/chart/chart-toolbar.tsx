import type { LayoutName } from './layout/types.js';

export interface ToolbarActions {
  layout(name: LayoutName): void;
  fit(): void;
  expand(): void;
  hide(): void;
  showHidden(): void;
  remove(): void;
  lock(locked: boolean): void;
  group(): void;
  ungroup(): void;
  path(): void;
  clearPath(): void;
  toggleNeighbours(): void;
  toggleLinkTool(): void;
  toggleCollapseEvents(): void;
  exportPng(scale: number): void;
  exportSvg(): void;
  print(): void;
}

const LAYOUTS: [LayoutName, string][] = [
  ['force', 'Force'],
  ['hierarchy', 'Hierarchy'],
  ['circle', 'Circle'],
  ['concentric', 'Concentric'],
  ['grid', 'Grid'],
  ['fcose', 'fCoSE (small, groups)'],
];

export function ChartToolbar({
  actions,
  selected,
  busy,
  linkTool,
  neighbours,
  hasPath,
  hops,
  setHops,
  large,
  eventsCollapsed,
  fullScreen,
  toggleFullScreen,
  sideOpen,
  toggleSide,
}: {
  actions: ToolbarActions;
  selected: number;
  busy: string | null;
  linkTool: boolean;
  neighbours: boolean;
  hasPath: boolean;
  hops: number;
  setHops(n: number): void;
  large: boolean;
  eventsCollapsed: boolean;
  fullScreen: boolean;
  toggleFullScreen(): void;
  sideOpen: boolean;
  toggleSide(): void;
}) {
  return (
    <div className="chart-toolbar" role="toolbar" aria-label="Chart tools">
      <select
        aria-label="Layout"
        value=""
        onChange={(e) => e.target.value && actions.layout(e.target.value as LayoutName)}
        disabled={!!busy}
      >
        <option value="">Layout…</option>
        {LAYOUTS.map(([name, label]) => (
          <option key={name} value={name} disabled={name === 'fcose' && large}>
            {label}
          </option>
        ))}
      </select>
      <button onClick={actions.fit} title="Fit (F)">
        Fit
      </button>
      <span className="sep" />
      <button onClick={actions.expand} disabled={!selected} title="Expand neighbours (double-click)">
        Expand
      </button>
      <select aria-label="Hops" value={hops} onChange={(e) => setHops(Number(e.target.value))}>
        {[1, 2, 3].map((h) => (
          <option key={h} value={h}>
            {h} hop{h > 1 ? 's' : ''}
          </option>
        ))}
      </select>
      <button onClick={actions.hide} disabled={!selected}>
        Hide
      </button>
      <button onClick={actions.showHidden}>Show hidden</button>
      <button onClick={actions.remove} disabled={!selected} title="Remove from chart (Delete)">
        Remove
      </button>
      <button onClick={() => actions.lock(true)} disabled={!selected} title="Pin: layouts leave it where it is">
        Pin
      </button>
      <button onClick={() => actions.lock(false)} disabled={!selected}>
        Unpin
      </button>
      <button onClick={actions.group} disabled={selected < 2}>
        Group
      </button>
      <button onClick={actions.ungroup} disabled={!selected}>
        Ungroup
      </button>
      <span className="sep" />
      <button onClick={actions.path} disabled={selected !== 2} title="Shortest path between the two selected nodes">
        Path
      </button>
      {hasPath && <button onClick={actions.clearPath}>Clear path</button>}
      <button onClick={actions.toggleNeighbours} aria-pressed={neighbours}>
        Neighbours
      </button>
      <button
        onClick={actions.toggleLinkTool}
        aria-pressed={linkTool}
        title="Drag from one node to another to link them"
      >
        Link tool
      </button>
      <button
        onClick={actions.toggleCollapseEvents}
        aria-pressed={eventsCollapsed}
        title="Fold each event into the links it explains (A — attacked · 30 Nov — B)"
      >
        Events as links
      </button>
      <span className="sep" />
      <select
        aria-label="Export"
        value=""
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'svg') actions.exportSvg();
          else if (v === 'print') actions.print();
          else if (v) actions.exportPng(Number(v));
        }}
      >
        <option value="">Export…</option>
        <option value="1">PNG (1×)</option>
        <option value="2">PNG (2×)</option>
        <option value="4">PNG (4×)</option>
        <option value="svg">SVG</option>
        <option value="print">Print…</option>
      </select>
      <span className="sep" />
      <button onClick={toggleSide} aria-pressed={sideOpen} title="Show or hide the side panel">
        Panel
      </button>
      <button onClick={toggleFullScreen} aria-pressed={fullScreen} title="Full screen (F11)">
        {fullScreen ? 'Leave full screen' : 'Full screen'}
      </button>
      {busy && (
        <span className="muted small" role="status" data-testid="chart-busy">
          {busy}
        </span>
      )}
    </div>
  );
}
