import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineLaneMode, TimelineWindow } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';

const DAY = 86_400_000;
const MIN_SPAN = 3_600_000;

export interface TimeRange {
  from: number;
  to: number;
}

/** How far past the case's events the axis may go: 10 % of their extent, at least 30 days. */
export function zoomBounds(extent: TimeRange | null): TimeRange | null {
  if (!extent) return null;
  const margin = Math.max((extent.to - extent.from) * 0.1, 30 * DAY);
  return { from: extent.from - margin, to: extent.to + margin };
}

/** Keeps a range inside the bounds: never wider than them, shifted back in when it strays. */
export function clampRange(r: TimeRange, bounds: TimeRange | null): TimeRange {
  let span = Math.max(MIN_SPAN, r.to - r.from);
  let from = r.from;
  if (bounds) {
    span = Math.min(span, bounds.to - bounds.from);
    from = Math.min(Math.max(from, bounds.from), bounds.to - span);
  }
  return { from, to: from + span };
}

/**
 * The timeline's window of time and the server's answer for it. The first answer (no range
 * asked) opens on the bulk of the case's events; later ranges are asked for as the analyst
 * zooms and pans, a little after they stop (the answer only ever covers what is on screen).
 */
export function useTimelineWindow(
  client: DossierClient,
  options: {
    revision: number;
    lanes: TimelineLaneMode;
    focusIds: readonly string[] | undefined;
    asOf: string | null;
    report(e: unknown): void;
  },
): { answer: TimelineWindow | null; range: TimeRange | null; setRange(r: TimeRange): void; fit(): void } {
  const { revision, lanes, focusIds, asOf, report } = options;
  const [answer, setAnswer] = useState<TimelineWindow | null>(null);
  const [range, setRangeState] = useState<TimeRange | null>(null);
  const bounds = useRef<TimeRange | null>(null);
  const focusKey = focusIds?.length ? focusIds.join(',') : '';
  // Focus, lanes or "known by" changed: open again on the bulk of what is now shown.
  const [opened, setOpened] = useState<string | null>(null);
  const openKey = `${revision}|${lanes}|${focusKey}|${asOf ? 'asof' : ''}`;
  useEffect(() => {
    // The range just set from the opening answer is what that answer covers: asking again would
    // only make the server read the whole case's events while the first window is being drawn.
    if (opened === openKey && range && answer && range.from === answer.window.from && range.to === answer.window.to)
      return;
    let live = true;
    const timer = setTimeout(
      () => {
        const ask = opened === openKey && range ? { from: range.from, to: range.to } : {};
        client
          .call('chart:timeline-window', {
            ...ask,
            lanes,
            laneLimit: 12,
            limit: 600,
            ...(focusKey ? { focusIds: focusKey.split(',') } : {}),
            ...(asOf ? { asOf } : {}),
          })
          .then(
            (a) => {
              if (!live) return;
              bounds.current = zoomBounds(a.extent);
              setAnswer(a);
              if (opened !== openKey) {
                setOpened(openKey);
                setRangeState(a.window);
              }
            },
            (e: unknown) => live && report(e),
          );
      },
      answer ? 90 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `answer` only decides the first delay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, openKey, range, lanes, focusKey, asOf, report, opened]);
  const setRange = useCallback((r: TimeRange) => setRangeState(clampRange(r, bounds.current)), []);
  const fit = useCallback(() => {
    if (answer?.bulk) setRangeState(answer.bulk);
  }, [answer]);
  return { answer, range, setRange, fit };
}
