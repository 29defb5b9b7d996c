import { useRef } from 'react';

/**
 * The bar between the chart and the timeline strip: drag it, or focus it and use the arrow
 * keys (Home collapses the strip), to give the chart the room it needs.
 */
export function PaneSplitter({ height, onHeight }: { height: number; onHeight(h: number): void }) {
  const drag = useRef<{ y: number; h: number } | null>(null);
  return (
    <div
      className="chart-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the timeline"
      aria-valuenow={height}
      tabIndex={0}
      data-testid="chart-splitter"
      onPointerDown={(e) => {
        (e.currentTarget as Element).setPointerCapture(e.pointerId);
        drag.current = { y: e.clientY, h: height };
      }}
      onPointerMove={(e) => {
        if (drag.current) onHeight(drag.current.h - (e.clientY - drag.current.y));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') onHeight(height + 24);
        else if (e.key === 'ArrowDown') onHeight(height - 24);
        else if (e.key === 'Home') onHeight(0);
        else return;
        e.preventDefault();
      }}
    />
  );
}
