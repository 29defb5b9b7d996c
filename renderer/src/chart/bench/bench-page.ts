// Runs inside headless Chromium (bundled by chart-browser.bench.ts). Uses the chart's real
// canvas, style, view computation and layout worker on generated scale-free graphs.
import type { ChartData, ChartEdge, ChartNode } from '../../../../preload/contract/chart.js';
import { ChartCanvas } from '../chart-canvas.js';
import { LayoutClient } from '../layout/layout-client.js';
import { countOverlaps } from '../layout/overlap.js';
import type { LayoutName } from '../layout/types.js';
import { computeView, DEFAULT_VIEW } from '../view-state.js';
import { scaleFreeGraph } from '../../../../test/bench/chart/scale-free.js';

const TYPES = ['person', 'organization', 'location'];
const layouts = new LayoutClient(() => new Worker('./worker.js', { type: 'module' }));

function chartData(n: number, positions?: { ids: string[]; xs: Float64Array; ys: Float64Array }): ChartData {
  const g = scaleFreeGraph(n);
  const nodes: ChartNode[] = g.nodes.map((v, i) => ({
    id: v.id,
    kind: 'entity',
    type: TYPES[i % 3]!,
    label: `Entity ${i}`,
    status: 'confirmed',
    mentions: 1 + (i % 7),
    reliability: 'B',
    startAt: null,
    endAt: null,
    precision: null,
    knownFrom: null,
    properties: {},
  }));
  const edges: ChartEdge[] = g.edges.map((e, i) => ({
    id: e.id,
    kind: 'link',
    source: e.source,
    target: e.target,
    type: i % 2 ? 'associate' : 'employs',
    directed: i % 3 === 0,
    confidence: 0.5 + (i % 5) / 10,
    credibility: 2,
    reliability: 'B',
    status: i % 4 ? 'confirmed' : 'suggested',
    firstSeen: null,
    lastSeen: null,
    knownFrom: null,
    citations: 1,
  }));
  const at = positions ? new Map(positions.ids.map((id, i) => [id, i])) : null;
  return {
    chart: { id: 'bench', name: 'Bench', nodes: n, modifiedAt: '' },
    viewport: null,
    settings: {},
    placements: nodes.map((v) => ({
      subjectId: v.id,
      x: at ? positions!.xs[at.get(v.id)!]! : 0,
      y: at ? positions!.ys[at.get(v.id)!]! : 0,
      locked: false,
      hidden: false,
      groupId: null,
      style: {},
    })),
    nodes,
    edges,
  };
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Runs `work` while counting the longest gap between animation frames on this (the UI) thread. */
async function watchMainThread<T>(work: () => Promise<T>): Promise<{ value: T; longestGapMs: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = (t: number) => {
    longest = Math.max(longest, t - last);
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const value = await work();
  running = false;
  return { value, longestGapMs: longest };
}

function container(): HTMLElement {
  document.body.replaceChildren();
  const el = document.createElement('div');
  el.style.cssText = 'width:1280px;height:800px;position:relative';
  document.body.append(el);
  return el;
}

async function layout(n: number, name: LayoutName) {
  const g = scaleFreeGraph(n);
  const t0 = performance.now();
  const { value, longestGapMs } = await watchMainThread(() =>
    layouts.run({ name, nodes: g.nodes, edges: g.edges, nodeSize: 30 }),
  );
  return {
    wallMs: performance.now() - t0,
    workerMs: value.ms,
    longestGapMs,
    overlaps: countOverlaps(value.xs, value.ys, 30),
    result: value,
  };
}

/** Creation to the second frame after it: the chart is on screen. */
async function firstDraw(data: ChartData, webgl: boolean) {
  const el = container();
  const t0 = performance.now();
  const view = computeView(data, DEFAULT_VIEW, null);
  const tView = performance.now();
  const canvas = new ChartCanvas(el, data, view, { webgl });
  const tCtor = performance.now();
  await frame();
  const tFrame = performance.now();
  await frame();
  return { ms: performance.now() - t0, canvas, viewMs: tView - t0, ctorMs: tCtor - tView, frameMs: tFrame - tCtor };
}

async function panFrames(canvas: ChartCanvas, frames = 60) {
  const gaps: number[] = [];
  let last = await frame();
  for (let i = 0; i < frames; i++) {
    canvas.cy.panBy({ x: 6, y: 3 });
    const t = await frame();
    gaps.push(t - last);
    last = t;
  }
  gaps.sort((a, b) => a - b);
  return { meanMs: gaps.reduce((s, g) => s + g, 0) / gaps.length, p95Ms: gaps[Math.floor(gaps.length * 0.95)]! };
}

let laidOut: { n: number; result: Awaited<ReturnType<typeof layout>>['result'] } | null = null;

const api = {
  /** The longest frame gap with nothing to do: what the machine alone costs the UI thread. */
  async idle(ms: number) {
    const { longestGapMs } = await watchMainThread(() => new Promise((r) => setTimeout(r, ms)));
    return { longestGapMs };
  },
  async layout(n: number, name: LayoutName) {
    const r = await layout(n, name);
    if (name === 'force') laidOut = { n, result: r.result };
    return { wallMs: r.wallMs, workerMs: r.workerMs, longestGapMs: r.longestGapMs, overlaps: r.overlaps };
  },
  /** Opens the chart with the positions of the last force layout (as if saved in the case). */
  async draw(n: number, webgl: boolean, pan: boolean) {
    if (laidOut?.n !== n) throw new Error(`lay out ${n} nodes first`);
    const data = chartData(n, laidOut.result);
    const d = await firstDraw(data, webgl);
    const renderer = (d.canvas.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl
      ? 'webgl'
      : 'canvas';
    const panned = pan ? await panFrames(d.canvas) : { meanMs: 0, p95Ms: 0 };
    d.canvas.destroy();
    return { drawMs: d.ms, viewMs: d.viewMs, ctorMs: d.ctorMs, frameMs: d.frameMs, renderer, ...panned };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.title = 'ready';
