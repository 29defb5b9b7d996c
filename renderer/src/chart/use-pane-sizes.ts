import { useCallback, useState } from 'react';

export interface PaneSizes {
  /** Height of the timeline strip under the chart, in px (0: collapsed). */
  timeline: number;
  /** Whether the side panel (add, details, analysis, filter, rules) is open. */
  side: boolean;
}

const DEFAULTS: PaneSizes = { timeline: 170, side: true };
export const TIMELINE_MIN = 0;
export const TIMELINE_MAX = 600;

const keyOf = (chartId: string) => `dossier.chart-pane:${chartId}`;

function read(chartId: string): PaneSizes {
  try {
    const raw = JSON.parse(localStorage.getItem(keyOf(chartId)) ?? 'null') as Partial<PaneSizes> | null;
    return {
      timeline: typeof raw?.timeline === 'number' ? clampTimeline(raw.timeline) : DEFAULTS.timeline,
      side: typeof raw?.side === 'boolean' ? raw.side : DEFAULTS.side,
    };
  } catch {
    return DEFAULTS;
  }
}

export const clampTimeline = (h: number) => Math.round(Math.min(TIMELINE_MAX, Math.max(TIMELINE_MIN, h)));

/**
 * The chart pane's split, remembered per chart on this machine (a layout preference, not case
 * data: it is not journalled and does not travel in bundles).
 */
export function usePaneSizes(chartId: string): [PaneSizes, (patch: Partial<PaneSizes>) => void] {
  // The chart view is keyed by chart id, so this is read once per chart.
  const [sizes, setSizes] = useState<PaneSizes>(() => read(chartId));
  const update = useCallback(
    (patch: Partial<PaneSizes>) => {
      setSizes((s) => {
        const next = {
          ...s,
          ...patch,
          ...(patch.timeline !== undefined ? { timeline: clampTimeline(patch.timeline) } : {}),
        };
        try {
          localStorage.setItem(keyOf(chartId), JSON.stringify(next));
        } catch {
          // Storage full or disabled: the split still works for this session.
        }
        return next;
      });
    },
    [chartId],
  );
  return [sizes, update];
}
