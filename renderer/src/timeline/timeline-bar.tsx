import { useEffect, useState } from 'react';
import type { TimelineLaneMode, TimelineWindow } from '../../../preload/contract/chart.js';
import { isoDay } from './time-axis.js';

/**
 * The timeline's bar: lanes, Fit (F), play through time, "known by", the chosen window, and the
 * markers for events outside the view, which jump there.
 */
export function TimelineBar(props: {
  lanes: TimelineLaneMode;
  setLanes(m: TimelineLaneMode): void;
  fit(): void;
  answer: TimelineWindow | null;
  asOf: string | null;
  onAsOf(d: string | null): void;
  window: { from: string; to: string } | null;
  onWindow(w: null): void;
  jump(t: number): void;
}) {
  const { answer, onAsOf } = props;
  const [playing, setPlaying] = useState(false);
  const extent = answer?.extent ?? null;
  useEffect(() => {
    if (!playing || !extent) return;
    let t = props.asOf ? Date.parse(props.asOf) : extent.from;
    if (t >= extent.to) t = extent.from;
    const step = Math.max(86_400_000, (extent.to - extent.from) / 60);
    const timer = setInterval(() => {
      t += step;
      if (t >= extent.to) {
        setPlaying(false);
        onAsOf(null);
        return;
      }
      onAsOf(isoDay(t));
    }, 250);
    return () => clearInterval(timer);
    // Restart only when play is toggled; asOf advances inside the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, onAsOf]);
  return (
    <div className="timeline-bar">
      <select
        value={props.lanes}
        onChange={(e) => props.setLanes(e.target.value as TimelineLaneMode)}
        aria-label="Lanes"
      >
        <option value="entity">Lane per entity</option>
        <option value="type">Lane per event type</option>
        <option value="document">Lane per document</option>
      </select>
      <button onClick={props.fit} aria-label="Fit timeline" title="Back to the bulk of the events (F)">
        Fit
      </button>
      <button onClick={() => setPlaying((p) => !p)} aria-label={playing ? 'Pause' : 'Play through time'}>
        {playing ? '❚❚' : '▶'}
      </button>
      {answer && answer.before.count > 0 && answer.before.nearest !== null && (
        <button
          className="small timeline-outlier"
          onClick={() => props.jump(answer.before.nearest!)}
          title={`Jump to the nearest earlier event (${isoDay(answer.before.nearest)})`}
        >
          ◀ {answer.before.count} earlier
        </button>
      )}
      {answer && answer.after.count > 0 && answer.after.nearest !== null && (
        <button
          className="small timeline-outlier"
          onClick={() => props.jump(answer.after.nearest!)}
          title={`Jump to the nearest later event (${isoDay(answer.after.nearest)})`}
        >
          {answer.after.count} later ▶
        </button>
      )}
      {props.asOf && (
        <span className="small">
          Known by {props.asOf}{' '}
          <button
            className="small"
            onClick={() => {
              setPlaying(false);
              onAsOf(null);
            }}
          >
            show all
          </button>
        </span>
      )}
      {props.window && (
        <span className="small" data-testid="timeline-window">
          Window {props.window.from} – {props.window.to}{' '}
          <button className="small" onClick={() => props.onWindow(null)}>
            clear
          </button>
        </span>
      )}
      {answer?.detail === 'buckets' && (
        <span className="muted small">
          {answer.total.toLocaleString()} events in view, counted per period: zoom in for each one
        </span>
      )}
      <span className="muted small">wheel: zoom · drag: pan · shift-drag: choose a window</span>
    </div>
  );
}
