import { type ReactNode, useState } from 'react';
import type { DossierClient } from '../api/client.js';
import { isEntityDrag, readEntityDrag } from '../common/entity-drag.js';

/**
 * Accepts an entity dragged from the entities table or the inspector and places it on the
 * chart where it was dropped (model position from the chart's saved viewport). Added by the
 * history/desk work; the chart view itself is untouched. Undoable like any chart edit.
 */
export function EntityDropZone({
  client,
  chartId,
  report,
  children,
}: {
  client: DossierClient;
  chartId: string;
  report(e: unknown): void;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  const drop = async (payload: { id: string }, screen: { x: number; y: number }) => {
    try {
      const data = await client.call('chart:get', { chartId });
      const zoom = data.viewport?.zoom || 1;
      const pan = data.viewport?.pan ?? { x: 0, y: 0 };
      await client.call('chart:add-nodes', {
        chartId,
        placements: [{ subjectId: payload.id, x: (screen.x - pan.x) / zoom, y: (screen.y - pan.y) / zoom }],
      });
    } catch (e) {
      report(e);
    }
  };
  return (
    <div
      className={`entity-drop${over ? ' entity-drop-over' : ''}`}
      data-testid="chart-drop-zone"
      onDragOver={(e) => {
        if (!isEntityDrag(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const payload = readEntityDrag(e);
        if (!payload) return;
        e.preventDefault();
        e.stopPropagation();
        const rect = e.currentTarget.getBoundingClientRect();
        void drop(payload, { x: e.clientX - rect.left, y: e.clientY - rect.top });
      }}
    >
      {children}
    </div>
  );
}
