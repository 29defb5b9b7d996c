import { useEffect, useState } from 'react';
import type { TimelineData } from '../../../preload/contract/chart.js';
import type { WorkspaceViewProps } from '../workspace/view-props.js';
import '../chart/chart.css';
import { TimelineStrip, type TimeWindow } from './timeline-strip.js';

/** The timeline as a view of its own: every event of the case and the dated documents. */
export function TimelineWorkspace({ client, revision, selection, select, report }: WorkspaceViewProps) {
  const [data, setData] = useState<TimelineData | null>(null);
  const [window, setWindow] = useState<TimeWindow | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.call('chart:timeline').then((d) => live && setData(d), (e: unknown) => live && report(e));
    return () => {
      live = false;
    };
  }, [client, revision, report]);
  if (!data) return <div className="empty-state muted">Loading the timeline…</div>;
  const visible = asOf ? data.nodes.filter((n) => !n.knownFrom || n.knownFrom <= asOf) : data.nodes;
  return (
    <div className="timeline-view">
      <TimelineStrip
        nodes={visible}
        edges={data.edges}
        documents={asOf ? data.documents.filter((d) => !d.publishedAt || d.publishedAt <= asOf) : data.documents}
        selectedId={selection?.id ?? null}
        onSelect={(id, kind) => select({ kind, id })}
        window={window}
        onWindow={setWindow}
        asOf={asOf}
        onAsOf={setAsOf}
      />
    </div>
  );
}
