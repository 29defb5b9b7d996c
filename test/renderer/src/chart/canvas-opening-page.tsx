// A .tsx file so the renderer's compiler settings (DOM types) check it. Bundled by
// test/e2e/chart-canvas-opening.test.ts and run in Chromium: it opens a ChartCanvas on a small
// chart and reports what was on it in the task that built it, and once it was in.
import type { ChartData, ChartViewport } from '../../../../preload/contract/chart.js';
import { ChartCanvas } from '../../../../renderer/src/chart/chart-canvas.js';
import { READABLE_ZOOM } from '../../../../renderer/src/chart/readable-fit.js';
import { computeView, DEFAULT_VIEW } from '../../../../renderer/src/chart/view-state.js';

/** `n` people in a ring, each linked to the next, spread wider than a screen at zoom 1. */
function ringChart(n: number, viewport: ChartViewport | null): ChartData {
  const ids = Array.from({ length: n }, (_, i) => `e${i}`);
  return {
    chart: { id: 'ring', name: 'Ring', nodes: n, modifiedAt: '' },
    viewport,
    settings: {},
    placements: ids.map((id, i) => ({
      subjectId: id,
      x: 1500 * Math.cos((2 * Math.PI * i) / n),
      y: 1500 * Math.sin((2 * Math.PI * i) / n),
      locked: false,
      hidden: false,
      groupId: null,
      style: {},
    })),
    nodes: ids.map((id, i) => ({
      id,
      kind: 'entity',
      type: 'person',
      label: `Person ${i}`,
      status: 'confirmed',
      mentions: 1,
      reliability: 'B',
      startAt: null,
      endAt: null,
      precision: null,
      knownFrom: null,
      properties: {},
    })),
    edges: ids.map((id, i) => ({
      id: `l${i}`,
      kind: 'link',
      source: id,
      target: ids[(i + 1) % n]!,
      type: 'associate',
      directed: false,
      confidence: 0.8,
      credibility: 2,
      reliability: 'B',
      status: 'confirmed',
      firstSeen: null,
      lastSeen: null,
      knownFrom: null,
      citations: 1,
    })),
  } as ChartData;
}

async function open(n: number, viewport: ChartViewport | null) {
  document.body.replaceChildren();
  const el = document.createElement('div');
  el.style.cssText = 'width:1200px;height:800px;position:relative';
  document.body.append(el);
  const data = ringChart(n, viewport);
  const canvas = new ChartCanvas(el, data, computeView(data, DEFAULT_VIEW, null));
  const inBuildingTask = canvas.cy.elements().length;
  await canvas.populated;
  const result = {
    inBuildingTask,
    nodes: canvas.cy.nodes().length,
    edges: canvas.cy.edges().length,
    zoom: canvas.cy.zoom(),
    pan: canvas.cy.pan(),
    readableZoom: READABLE_ZOOM,
  };
  canvas.cy.destroy();
  return result;
}

(globalThis as unknown as { canvasOpening: { open: typeof open } }).canvasOpening = { open };
