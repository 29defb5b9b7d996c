import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ChartData, ChartNode } from '../../../preload/contract/chart.js';
import { badgeText } from './cy-elements.js';
import type { LayoutClient } from './layout/layout-client.js';
import type { LayoutResult } from './layout/types.js';
import { LABEL_FONT } from './readable-fit.js';
import { markChartPhase } from './phase-marks.js';
import { seedLayoutRequest, withPositions } from './seed-layout.js';

let measurer: CanvasRenderingContext2D | null | undefined;
/** A label's width in the chart's label font, from the canvas's own metrics. */
function labelWidth(text: string): number {
  if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 6.6;
  measurer.font = `${LABEL_FONT}px Helvetica Neue, Helvetica, sans-serif`;
  return measurer.measureText(text).width;
}

/** A node's label as cy-elements.ts draws it: the name, and its badge on a second line. */
const LABEL = {
  text: (n: ChartNode) => {
    const badge = badgeText(n);
    return badge ? `${n.label}\n${badge}` : n.label;
  },
  width: labelWidth,
};

/**
 * A chart seeded from the case (`needsLayout`) is laid out in the worker before it is drawn:
 * until then there is nothing to draw (null), afterwards the data carries the layout's
 * positions. Drawing the provisional spiral first cost a full draw, label measuring and a
 * second draw on the UI thread (seconds at 1,000 nodes). Charts already laid out pass through.
 */
export function useSeedLayout(
  drawn: ChartData | null,
  layouts: LayoutClient,
  container: RefObject<HTMLDivElement | null>,
  withBusy: (label: string, fn: () => Promise<unknown>) => Promise<void>,
): { data: ChartData | null; seeded: boolean } {
  const [result, setResult] = useState<LayoutResult | null>(null);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  const needs = !!drawn?.settings.needsLayout && !result && !failed;
  useEffect(() => {
    if (!needs || !drawn || started.current) return;
    started.current = true;
    const el = container.current;
    const aspect = el ? el.clientWidth / Math.max(1, el.clientHeight) : 1.5;
    void withBusy('Laying out the chart…', async () => {
      try {
        markChartPhase('data');
        const laidOut = await layouts.run(seedLayoutRequest(drawn, aspect, LABEL));
        markChartPhase('laid-out');
        setResult(laidOut);
      } catch (e) {
        // Drawn where it stands; the chart view lays it out the old way.
        setFailed(true);
        throw e;
      }
    });
  }, [needs, drawn, layouts, container, withBusy]);
  const data = useMemo(() => {
    // Once the laid-out chart is saved, the case's own positions are the truth again.
    if (!drawn || !drawn.settings.needsLayout) return drawn;
    if (result) return withPositions(drawn, result);
    return failed ? drawn : null;
  }, [drawn, result, failed]);
  return { data, seeded: !!result };
}
