import { useState } from 'react';
import type { WorkspaceViewProps } from '../workspace/view-props.js';
import '../chart/chart.css';
import { TimelinePanel, type TimeWindow } from './timeline-panel.js';

/** The timeline as a view of its own: the case's events in lanes, and the dated documents. */
export function TimelineWorkspace({ client, revision, selection, select, report }: WorkspaceViewProps) {
  const [window, setWindow] = useState<TimeWindow | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  return (
    <div className="timeline-view">
      <TimelinePanel
        client={client}
        revision={revision}
        selectedId={selection?.id ?? null}
        onSelect={(id, kind) => select({ kind, id })}
        window={window}
        onWindow={setWindow}
        asOf={asOf}
        onAsOf={setAsOf}
        report={report}
      />
    </div>
  );
}
