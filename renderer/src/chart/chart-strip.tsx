import type { DossierClient } from '../api/client.js';
import type { Selection } from '../shell/shell-context.js';
import { TimelinePanel, type TimeWindow } from '../timeline/timeline-panel.js';
import type { ViewState } from './view-state.js';

/**
 * The timeline strip under a chart: events of the selection (or the whole case), a brushed
 * window filters the chart, play-through sets "known by". Fetches only the window on screen.
 */
export function ChartStrip(props: {
  client: DossierClient;
  revision: number;
  height: number;
  selectedIds: string[];
  selection: Selection | null;
  view: ViewState;
  setView(v: ViewState): void;
  setViewLocal(update: (v: ViewState) => ViewState): void;
  onSelect(id: string, kind: 'event' | 'document'): void;
  report(e: unknown): void;
}) {
  const { view, setView, setViewLocal } = props;
  // Folded event edges are not subjects: focus on the events they stand for.
  const focus = props.selectedIds.map((id) => (id.startsWith('event-link:') ? id.split(':')[1]! : id));
  return (
    <div className="chart-strip" style={{ height: props.height }}>
      <TimelinePanel
        client={props.client}
        revision={props.revision}
        focusIds={focus}
        selectedId={props.selection?.kind === 'event' ? props.selection.id : null}
        onSelect={props.onSelect}
        window={
          view.filter.window?.from && view.filter.window.to
            ? { from: view.filter.window.from, to: view.filter.window.to }
            : null
        }
        onWindow={(w: TimeWindow | null) => setView({ ...view, filter: { ...view.filter, window: w ?? undefined } })}
        asOf={view.filter.asOf ?? null}
        onAsOf={(d) => setViewLocal((v) => ({ ...v, filter: { ...v.filter, asOf: d } }))}
        report={props.report}
      />
    </div>
  );
}
