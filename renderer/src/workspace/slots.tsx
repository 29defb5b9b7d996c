import { lazy, Suspense, type ComponentType } from 'react';
import { useShell } from '../shell/shell-context.js';
import type { WorkspaceSlotProps } from './slot-props.js';

// The chart and timeline are built in renderer/chart and renderer/timeline. They are mounted
// when their index.tsx exists (default export taking WorkspaceSlotProps), a placeholder otherwise.
const chartModules = import.meta.glob<{ default: ComponentType<WorkspaceSlotProps> }>('../../chart/index.tsx');
const timelineModules = import.meta.glob<{ default: ComponentType<WorkspaceSlotProps> }>('../../timeline/index.tsx');

const Chart = loadSlot(chartModules);
const Timeline = loadSlot(timelineModules);

function loadSlot(modules: Record<string, () => Promise<{ default: ComponentType<WorkspaceSlotProps> }>>) {
  const load = Object.values(modules)[0];
  return load ? lazy(load) : null;
}

function Slot({ component: C, name }: { component: ComponentType<WorkspaceSlotProps> | null; name: string }) {
  const { client, revision, selection, select, report } = useShell();
  if (!C) {
    return (
      <div className="empty-state" data-slot={name}>
        <h2>{name === 'chart' ? 'Link chart' : 'Timeline'}</h2>
        <p className="muted">This view is not part of this build yet.</p>
      </div>
    );
  }
  return (
    <Suspense fallback={<div className="empty-state muted">Loading the {name}…</div>}>
      <div className="slot" data-slot={name}>
        <C client={client} revision={revision} selection={selection} select={select} report={report} />
      </div>
    </Suspense>
  );
}

export const ChartSlot = () => <Slot component={Chart} name="chart" />;
export const TimelineSlot = () => <Slot component={Timeline} name="timeline" />;
