import { useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineLaneMode } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import { testHooksEnabled } from '../chart/test-hooks.js';
import { drawTimeline, LABEL_W, laneTops, ROW_H, TITLE_MAX } from './draw-timeline.js';
import { isoDay, toTime, toX, type TimeScale } from './time-axis.js';
import { useTimelineWindow } from './use-timeline-window.js';
import { placeMarks } from './window-placement.js';
import { TimelineBar } from './timeline-bar.js';

export interface TimeWindow {
  from: string;
  to: string;
}

export interface TimelinePanelProps {
  client: DossierClient;
  revision: number;
  /** When the chart has a selection, only events involving it are shown. */
  focusIds?: readonly string[];
  selectedId: string | null;
  onSelect(id: string, kind: 'event' | 'document'): void;
  window: TimeWindow | null;
  onWindow(w: TimeWindow | null): void;
  asOf: string | null;
  onAsOf(d: string | null): void;
  report(e: unknown): void;
}

let measureCtx: CanvasRenderingContext2D | null = null;
function titleWidth(title: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return Math.min(TITLE_MAX, title.length * 6);
  measureCtx.font = '11px system-ui, sans-serif';
  return Math.min(TITLE_MAX, measureCtx.measureText(title).width);
}

/**
 * The timeline drawn on one canvas: the DOM stays the same size whatever the case holds, and
 * the server sends only the window on screen (events, or counts per bucket when zoomed out).
 * Wheel zooms (bounded by the case's extent), drag pans, shift-drag chooses a window that
 * filters the chart, F or Fit returns to the bulk of the events, markers at the edges jump to
 * events outside the view.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { client, revision, focusIds, asOf, report } = props;
  const [lanesMode, setLanesMode] = useState<TimelineLaneMode>('entity');
  const { answer, range, setRange, fit } = useTimelineWindow(client, {
    revision,
    lanes: lanesMode,
    focusIds,
    asOf,
    report,
  });
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth - LABEL_W)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const scale: TimeScale | null = range ? { from: range.from, to: range.to, width } : null;
  const layout = useMemo(() => {
    if (!answer || !scale) return null;
    const placed = placeMarks(
      answer.lanes,
      answer.detail === 'events' ? answer.events : [],
      (t) => toX(scale, t),
      scale.width,
      titleWidth,
    );
    const tops = laneTops(placed.lanes, answer.documents.length > 0 && !focusIds?.length);
    return { ...placed, ...tops };
    // scale is rebuilt from range and width each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer, range, width, focusIds]);
  const [hover, setHover] = useState<{ id: string; x: number; y: number; text: string } | null>(null);
  const [brush, setBrush] = useState<[number, number] | null>(null);
  const drag = useRef<{ x: number; brush: boolean; start: number; moved: boolean } | null>(null);

  const windowRange = props.window
    ? { from: Date.parse(props.window.from), to: Date.parse(props.window.to) + 86_400_000 }
    : null;
  useEffect(() => {
    const c = canvas.current;
    if (!c || !answer || !scale || !layout) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.round((LABEL_W + scale.width) * ratio);
    c.height = Math.round(layout.height * ratio);
    c.style.width = `${LABEL_W + scale.width}px`;
    c.style.height = `${layout.height}px`;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const css = getComputedStyle(c);
    const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    drawTimeline(ctx, {
      scale,
      answer,
      lanes: layout.lanes,
      marks: layout.marks,
      tops: layout.tops,
      docTop: layout.docTop,
      height: layout.height,
      selectedId: props.selectedId,
      hoverId: hover?.id ?? null,
      window: windowRange,
      brush,
      asOf: asOf ? Date.parse(asOf) : null,
      colors: {
        text: colour('--text', '#1d2430'),
        muted: colour('--muted', '#5f6b7a'),
        line: colour('--line', '#d9dee5'),
        band: colour('--panel-2', '#f1f3f6'),
        accent: colour('--accent', '#1f5fbf'),
      },
    });
  });

  // What is under the pointer: a mark (with its full title), a document, a bucket or a lane name.
  const hit = (x: number, y: number) => {
    if (!layout || !scale || !answer) return null;
    if (x < LABEL_W) {
      const lane = layout.lanes.find(
        (l) => y >= layout.tops.get(l.info.key)! && y < layout.tops.get(l.info.key)! + l.rows * ROW_H,
      );
      return lane
        ? { id: `lane:${lane.info.key}`, kind: 'lane' as const, text: `${lane.info.label} · ${lane.info.count} events` }
        : null;
    }
    const ax = x - LABEL_W;
    for (const m of layout.marks) {
      const top = layout.tops.get(m.lane)! + m.row * ROW_H;
      if (y >= top && y < top + ROW_H && ax >= m.x0 - 7 && ax <= Math.min(m.textEnd, m.x0 + 9 + TITLE_MAX)) {
        return {
          id: m.mark.id,
          kind: 'event' as const,
          text: `${m.mark.title}${m.mark.dateText ? ` · ${m.mark.dateText}` : ''}`,
        };
      }
    }
    if (layout.docTop !== null && y >= layout.docTop && y < layout.docTop + ROW_H) {
      const doc = answer.documents.find((d) => Math.abs(toX(scale, d.t) - ax) <= 5);
      if (doc) return { id: doc.id, kind: 'document' as const, text: `${doc.title} · ${isoDay(doc.t)}` };
    }
    return null;
  };
  const local = (e: React.PointerEvent | React.WheelEvent | React.MouseEvent) => {
    const r = (e.currentTarget as Element).getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  // A read-only view for end-to-end tests (pages opened with #test-hooks only).
  useEffect(() => {
    if (!testHooksEnabled()) return;
    (globalThis as unknown as { dossierTimeline?: unknown }).dossierTimeline = {
      marks: () =>
        layout?.marks.map((m) => ({
          id: m.mark.id,
          lane: m.lane,
          x: LABEL_W + Math.max(0, m.x0),
          y: layout.tops.get(m.lane)! + m.row * ROW_H + ROW_H / 2,
        })) ?? [],
      lanes: () => answer?.lanes.map((l) => l.label) ?? [],
      range: () => range,
      answer: () =>
        answer && {
          extent: answer.extent,
          bulk: answer.bulk,
          total: answer.total,
          detail: answer.detail,
          before: answer.before,
          after: answer.after,
        },
    };
  }, [layout, answer, range]);

  return (
    <div className="timeline" ref={box} data-testid="timeline">
      <TimelineBar
        lanes={lanesMode}
        setLanes={setLanesMode}
        fit={fit}
        answer={answer}
        asOf={asOf}
        onAsOf={props.onAsOf}
        window={props.window}
        onWindow={props.onWindow}
        jump={(t) => scale && setRange({ from: t - (scale.to - scale.from) / 2, to: t + (scale.to - scale.from) / 2 })}
      />
      {answer && !answer.total && !answer.documents.length && (
        <p className="muted small timeline-empty">No dated events{focusIds?.length ? ' for the selection' : ''}.</p>
      )}
      <div className="timeline-canvas-box">
        <canvas
          ref={canvas}
          className="timeline-canvas"
          tabIndex={0}
          aria-label="Timeline (wheel zooms, drag pans, shift-drag chooses a window, F fits)"
          title={hover?.text ?? ''}
          onKeyDown={(e) => {
            if (e.key === 'f' || e.key === 'F' || e.key === 'Home') {
              e.preventDefault();
              fit();
            }
          }}
          onWheel={(e) => {
            if (!scale) return;
            const x = local(e).x - LABEL_W;
            const t = toTime(scale, x);
            const span = (scale.to - scale.from) * (e.deltaY > 0 ? 1.25 : 0.8);
            const from = t - (x / scale.width) * span;
            setRange({ from, to: from + span });
          }}
          onPointerDown={(e) => {
            (e.currentTarget as Element).setPointerCapture(e.pointerId);
            const { x } = local(e);
            drag.current = { x, brush: e.shiftKey, start: x - LABEL_W, moved: false };
          }}
          onPointerMove={(e) => {
            const p = local(e);
            const d = drag.current;
            if (!d) {
              const h = hit(p.x, p.y);
              setHover(h ? { ...h, ...p } : null);
              return;
            }
            if (Math.abs(p.x - d.x) > 2) d.moved = true;
            if (d.brush) setBrush([Math.min(d.start, p.x - LABEL_W), Math.max(d.start, p.x - LABEL_W)]);
            else if (scale && d.moved) {
              const dt = ((p.x - d.x) / scale.width) * (scale.to - scale.from);
              setRange({ from: scale.from - dt, to: scale.to - dt });
              d.x = p.x;
            }
          }}
          onPointerUp={(e) => {
            const d = drag.current;
            drag.current = null;
            if (d?.brush && brush && scale && brush[1] - brush[0] > 3)
              props.onWindow({ from: isoDay(toTime(scale, brush[0])), to: isoDay(toTime(scale, brush[1])) });
            setBrush(null);
            if (d && !d.moved && !d.brush) {
              const p = local(e);
              const h = hit(p.x, p.y);
              if (h && h.kind !== 'lane') props.onSelect(h.id, h.kind);
            }
          }}
          onPointerLeave={() => setHover(null)}
        />
      </div>
    </div>
  );
}
