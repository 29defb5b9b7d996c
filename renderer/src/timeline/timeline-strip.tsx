import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { ChartEdge, ChartNode } from '../../../preload/contract/chart.js';
import { entityStyle } from '../entity-types.js';
import { placeTimeline, timelineExtent, type DatedDocument, type LaneMode } from './placement.js';
import { isoDay, panBy, ticks, toTime, toX, zoomAt, type TimeScale } from './time-axis.js';

const LABEL_W = 130;
const ROW_H = 18;
const AXIS_H = 22;

export interface TimeWindow {
  from: string;
  to: string;
}

export interface TimelineProps {
  nodes: readonly ChartNode[];
  edges: readonly ChartEdge[];
  documents: readonly DatedDocument[];
  /** When the chart has a selection, only events involving it are shown. */
  focusIds?: readonly string[];
  selectedId?: string | null;
  onSelect(id: string, kind: 'event' | 'document'): void;
  window: TimeWindow | null;
  onWindow(w: TimeWindow | null): void;
  asOf: string | null;
  onAsOf(d: string | null): void;
}

/**
 * Events on a zoomable time axis, one lane per entity or per event type. Month- or
 * year-precision dates are spans, open ranges fade out towards their open side. Wheel zooms,
 * drag pans, shift-drag brushes a window that filters the chart; ▶ plays through time.
 */
export function TimelineStrip(props: TimelineProps) {
  const [laneMode, setLaneMode] = useState<LaneMode>('entity');
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth - LABEL_W)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const focus = useMemo(() => (props.focusIds?.length ? new Set(props.focusIds) : null), [props.focusIds]);
  const shown = useMemo(() => {
    if (!focus) return { nodes: props.nodes, edges: props.edges };
    const events = new Set(props.nodes.filter((n) => n.kind === 'event' && (focus.has(n.id) || props.edges.some((e) => e.source === n.id && focus.has(e.target)))).map((n) => n.id));
    return { nodes: props.nodes.filter((n) => n.kind !== 'event' || events.has(n.id)), edges: props.edges.filter((e) => events.has(e.source)) };
  }, [focus, props.nodes, props.edges]);
  const { lanes, marks } = useMemo(() => placeTimeline(shown.nodes, shown.edges, focus ? [] : props.documents, laneMode), [shown, props.documents, laneMode, focus]);
  const extent = useMemo(() => timelineExtent(marks), [marks]);
  const [scale, setScale] = useState<TimeScale | null>(null);
  const s: TimeScale = scale && scale.width === width ? scale : extent ? { from: extent[0], to: extent[1], width } : { from: Date.UTC(2020, 0, 1), to: Date.UTC(2026, 0, 1), width };
  const drag = useRef<{ x: number; brush: boolean; start: number } | null>(null);
  const [brush, setBrush] = useState<[number, number] | null>(null);
  const [playing, setPlaying] = useState(false);
  const { onAsOf } = props;
  useEffect(() => {
    if (!playing || !extent) return;
    const [lo, hi] = extent;
    let t = props.asOf ? Date.parse(props.asOf) : lo;
    if (t >= hi) t = lo;
    const step = (hi - lo) / 80;
    const timer = setInterval(() => {
      t += step;
      if (t >= hi) {
        setPlaying(false);
        onAsOf(null);
        return;
      }
      onAsOf(isoDay(t));
    }, 120);
    return () => clearInterval(timer);
    // Restart only when play is toggled; asOf advances inside the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, extent, onAsOf]);

  const laneTop = new Map<string, number>();
  let y = AXIS_H;
  for (const l of lanes) {
    laneTop.set(l.key, y);
    y += l.rows * ROW_H + 6;
  }
  const height = Math.max(y + 4, AXIS_H + 40);
  const localX = (e: ReactPointerEvent) => e.clientX - (e.currentTarget as Element).getBoundingClientRect().left;
  const windowX = props.window ? [toX(s, Date.parse(props.window.from)), toX(s, Date.parse(props.window.to) + 86_400_000)] : null;

  return (
    <div className="timeline" ref={box} data-testid="timeline">
      <div className="timeline-bar">
        <select value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)} aria-label="Lanes">
          <option value="entity">Lane per entity</option>
          <option value="type">Lane per event type</option>
        </select>
        <button onClick={() => setPlaying((p) => !p)} aria-label={playing ? 'Pause' : 'Play through time'}>{playing ? '❚❚' : '▶'}</button>
        {props.asOf && <span className="small">Known by {props.asOf} <button className="small" onClick={() => { setPlaying(false); props.onAsOf(null); }}>show all</button></span>}
        {props.window && <span className="small" data-testid="timeline-window">Window {props.window.from} – {props.window.to} <button className="small" onClick={() => props.onWindow(null)}>clear</button></span>}
        <span className="muted small">wheel: zoom · drag: pan · shift-drag: choose a window</span>
      </div>
      {!marks.length && <p className="muted small">No dated events{focus ? ' for the selection' : ''}.</p>}
      <svg width={LABEL_W + s.width} height={height} className="timeline-svg">
        {lanes.map((l) => (
          <g key={l.key}>
            <rect x={0} y={laneTop.get(l.key)! - 2} width={LABEL_W + s.width} height={l.rows * ROW_H + 4} className="timeline-lane" />
            <text x={6} y={laneTop.get(l.key)! + 12} className="timeline-lane-label" fill={l.type ? entityStyle(l.type).color : undefined}>{l.label.slice(0, 18)}</text>
          </g>
        ))}
        <g
          transform={`translate(${LABEL_W} 0)`}
          onWheel={(e) => setScale(zoomAt(s, e.clientX - (e.currentTarget as Element).getBoundingClientRect().left, e.deltaY > 0 ? 1.25 : 0.8))}
          onPointerDown={(e) => {
            (e.currentTarget as Element).setPointerCapture(e.pointerId);
            drag.current = { x: localX(e), brush: e.shiftKey, start: localX(e) };
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (!d) return;
            const x = localX(e);
            if (d.brush) setBrush([Math.min(d.start, x), Math.max(d.start, x)]);
            else {
              setScale(panBy(s, x - d.x));
              d.x = x;
            }
          }}
          onPointerUp={() => {
            const d = drag.current;
            drag.current = null;
            if (d?.brush && brush && brush[1] - brush[0] > 3) props.onWindow({ from: isoDay(toTime(s, brush[0])), to: isoDay(toTime(s, brush[1])) });
            setBrush(null);
          }}
        >
          <rect x={0} y={0} width={s.width} height={height} fill="transparent" />
          {ticks(s).map((t) => (
            <g key={t.t}>
              <line x1={toX(s, t.t)} x2={toX(s, t.t)} y1={AXIS_H - 4} y2={height} className="timeline-tick" />
              <text x={toX(s, t.t) + 3} y={12} className="timeline-tick-label">{t.label}</text>
            </g>
          ))}
          {windowX && <rect x={windowX[0]} y={AXIS_H} width={Math.max(2, windowX[1]! - windowX[0]!)} height={height - AXIS_H} className="timeline-window" />}
          {props.asOf && <line x1={toX(s, Date.parse(props.asOf))} x2={toX(s, Date.parse(props.asOf))} y1={0} y2={height} className="timeline-asof" />}
          {marks.map((m) => {
            const top = laneTop.get(m.lane)! + m.row * ROW_H;
            const x0 = m.span.start === null ? 0 : toX(s, m.span.start);
            const x1 = m.span.end === null ? s.width : toX(s, m.span.end);
            const selected = props.selectedId === m.id;
            const title = `${m.label} · ${m.span.openStart ? 'until ' : ''}${m.span.start !== null ? isoDay(m.span.start) : ''}${m.span.kind === 'span' && m.span.end !== null ? ` – ${isoDay(m.span.end - 1)}` : ''}${m.span.openEnd ? ' onwards' : ''}`;
            const cls = `timeline-mark timeline-${m.kind}${selected ? ' selected' : ''}${m.span.openStart ? ' open-start' : ''}${m.span.openEnd ? ' open-end' : ''}`;
            return (
              <g key={`${m.lane}:${m.id}`} className={cls} data-id={m.id} onClick={() => props.onSelect(m.id, m.kind)} onPointerDown={(e) => e.stopPropagation()}>
                <title>{title}</title>
                {m.span.kind === 'point'
                  ? <path d={`M${x0},${top + 3} l6,6 l-6,6 l-6,-6 z`} />
                  : <rect x={x0} y={top + 4} width={Math.max(3, x1 - x0)} height={ROW_H - 8} rx={3} fill={m.span.openEnd || m.span.openStart ? `url(#fade-${m.span.openEnd ? 'right' : 'left'})` : undefined} />}
              </g>
            );
          })}
          {brush && <rect x={brush[0]} y={AXIS_H} width={brush[1] - brush[0]} height={height - AXIS_H} className="timeline-brush" />}
        </g>
        <defs>
          <linearGradient id="fade-right"><stop offset="0%" stopColor="#CC79A7" /><stop offset="100%" stopColor="#CC79A7" stopOpacity="0.05" /></linearGradient>
          <linearGradient id="fade-left"><stop offset="0%" stopColor="#CC79A7" stopOpacity="0.05" /><stop offset="100%" stopColor="#CC79A7" /></linearGradient>
        </defs>
      </svg>
    </div>
  );
}
