import type { Core } from 'cytoscape';
import { holdDrawing } from './cy-renderer-internals.js';
import { nextTask } from './next-task.js';
import { snapshotFromScreen } from './snapshot-from-screen.js';

/**
 * Cytoscape's layered texture cache (not in its types): at a zoom below 4 it draws the chart
 * into a few bitmaps, element by element a little each frame, and once they are complete a frame
 * only copies them. It is skipped for 250 ms after any element changes; its very first use draws
 * every element into the bitmaps in that one frame.
 */
interface LayerCache {
  firstGet: boolean;
  skipping: boolean;
  lastInvalidationTime: number;
  getLayers(eles: unknown[], pxRatio: number): unknown;
  layersQueue: { size(): number };
  invalidateElements(eles: unknown[]): void;
  /** Whether any bitmap is kept, at any size. */
  haveLayers?: () => boolean;
}
interface Renderer {
  webgl?: boolean;
  getPixelRatio?: () => number;
  getCachedZSortedEles?: (forceRecalc?: boolean) => unknown[] & { nondrag?: unknown[] };
  flushRenderedStyleQueue?: () => void;
  data?: { lyrTxrCache?: LayerCache; bufferCanvases?: HTMLCanvasElement[] };
  /** Pan and zoom move a snapshot of the drawing (Cytoscape's `textureOnViewport`), read each frame. */
  textureOnViewport?: boolean;
  /** The snapshot is drawn this many times the canvas's size (2 at a pixel ratio of 1). */
  textureMult?: number;
  TEXTURE_BUFFER?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  /** Sizes the canvases to the container; sets `textureMult` again. */
  matchCanvasSize?: (container: HTMLElement) => void;
}
/** Parts the first queueing of a chart's elements is split into (`buildLayers`). */
const QUEUE_PARTS = 4;
/** How long after a change the cache is skipped (Cytoscape's `invalidThreshold`), and a margin. */
const SKIP_AFTER_CHANGE_MS = 260;

function partsOf(cy: Core): { r: Required<Renderer>; cache: LayerCache } | null {
  const r = (cy as unknown as { renderer(): Renderer | null }).renderer();
  const cache = r?.data?.lyrTxrCache;
  if (!r?.getPixelRatio || !r.getCachedZSortedEles || !r.flushRenderedStyleQueue) return null;
  if (!cache || typeof cache.getLayers !== 'function') return null;
  return { r: r as Required<Renderer>, cache };
}

/** Uses the cache once on an empty chart, so its first use with elements is spread over frames. */
export function primeLayers(cy: Core): void {
  const p = partsOf(cy);
  if (p?.cache.firstGet) p.cache.getLayers([], p.r.getPixelRatio());
}

/**
 * Has the cache draw every element into its bitmaps in the frames before the chart is shown
 * (about 15 ms of each frame, Cytoscape's own budget), and resolves once a frame can copy them:
 * that first frame then costs a few milliseconds instead of drawing every element at once
 * (0.3–0.8 s for 5,000 nodes and 10,000 edges here). Gives up after `timeoutMs`.
 */
export async function buildLayers(cy: Core, timeoutMs = 4000): Promise<void> {
  const p = partsOf(cy);
  if (!p || p.cache.firstGet) return;
  const eles = p.r.getCachedZSortedEles(true).nondrag;
  if (!eles) return;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const end = performance.now() + timeoutMs;
  // Each round brings the renderer's measurements up to date (a late one invalidates bitmaps)
  // and asks for the bitmaps: complete ones come back at once; missing ones are queued and drawn
  // by the render loop in the frames that follow. The cache's pause after a change is cleared:
  // it keeps bitmaps from being redrawn while elements keep changing, and these were not drawn
  // into any yet (waiting it out cost 260 ms or more per round).
  while (performance.now() < end) {
    p.r.flushRenderedStyleQueue();
    // Bounds asked for after a restyle (new level-of-detail labels) mark the node changed once
    // more: ask now, and apply that, rather than have it invalidate the bitmaps just queued.
    cy.nodes().boundingBox();
    p.r.flushRenderedStyleQueue();
    // Queueing every element for the bitmaps gets a task of its own: with the above it made
    // one of 150–380 ms at 5,000 nodes.
    await nextTask();
    if (cy.destroyed()) return;
    // With no bitmap left at any size, the first ones are queued for growing parts of the
    // elements, each part in a task of its own (the queueing took 150 ms at 5,000 nodes): the
    // cache adds a bitmap where the elements so far do not fit the last, a few in all. With
    // bitmaps left, a part would throw away any that holds elements beyond it.
    const parts = typeof p.cache.haveLayers === 'function' && !p.cache.haveLayers() ? QUEUE_PARTS : 1;
    for (let k = 1; k <= parts; k++) {
      p.r.flushRenderedStyleQueue();
      p.cache.lastInvalidationTime = performance.now() - 2 * SKIP_AFTER_CHANGE_MS;
      p.cache.skipping = false;
      const part = k === parts ? eles : eles.slice(0, Math.floor((k * eles.length) / parts));
      if (p.cache.getLayers(part, p.r.getPixelRatio()) && k === parts) return;
      if (k < parts) {
        await nextTask();
        if (cy.destroyed()) return;
      }
    }
    while (p.cache.layersQueue.size() > 0 && performance.now() < end) await frame();
  }
}

/** What `keepLayers` offers the chart. */
export interface KeptLayers {
  /**
   * Applies a change of labels only (those chosen once the view rests) out of sight: the chart
   * stays as drawn while its bitmaps are redrawn, then shows the new labels from them. Drawn at
   * once, the change threw the bitmaps away and that frame drew every element itself (250–280 ms
   * at 5,000 nodes, each time a pan came to rest). A press, a wheel step or any other change
   * (a selection, a filter, a moved node) shows the chart at once; so does the end of `HOLD_MS`.
   */
  relabel(change: () => void): void;
}

/** The longest a label change waits for the bitmaps before it is drawn anyway. */
const HOLD_MS = 2000;

/**
 * Has the cache redraw its bitmaps soon after a change, while the view rests (labels chosen
 * after a pan, a selection, a filter). Cytoscape only asks for them from a frame that draws: the
 * first frame of the next pan or zoom, which then drew every element itself, as did every frame
 * until the bitmaps were done (200–300 ms a frame at 5,000 nodes). Until they are done, a pan or
 * zoom moves a snapshot of the drawing instead (`snapshotAtScreenResolution`): one such frame, then
 * cheap ones. Null where the cache is not used (WebGL, another Cytoscape).
 */
export function keepLayers(cy: Core): KeptLayers | null {
  const p = partsOf(cy);
  // The WebGL renderer (a real GPU, over 3,000 nodes) draws without these bitmaps.
  if (!p || p.r.webgl || typeof p.cache.invalidateElements !== 'function') return null;
  const r = p.r as Renderer;
  let held: { release(): void } | null = null;
  const snapshots = snapshotAtScreenResolution(r);
  // While a label change is held, the screen is the chart but for its new labels: a gesture may
  // move a copy of it (the labels are chosen again once it rests).
  if (snapshots) snapshotFromScreen(cy, r, () => held !== null);
  const invalidate = p.cache.invalidateElements.bind(p.cache);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let building = false;
  let changes = 0;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (cy.destroyed()) return;
      if (building) return later();
      building = true;
      const seen = changes;
      void buildLayers(cy).finally(() => {
        building = false;
        if (changes === seen) r.textureOnViewport = false;
      });
    }, SKIP_AFTER_CHANGE_MS);
  };
  p.cache.invalidateElements = (eles: unknown[]) => {
    invalidate(eles);
    if (!eles.length) return;
    changes++;
    if (snapshots) r.textureOnViewport = true;
    later();
  };
  let relabelling = false;
  const release = () => {
    if (relabelling) return;
    held?.release();
    held = null;
  };
  // After the snapshot's own listeners (registered above), so a gesture first copies the screen.
  const host = cy.container()?.parentElement;
  const stop = new AbortController();
  cy.one('destroy', () => stop.abort());
  host?.addEventListener('pointerdown', release, { capture: true, passive: true, signal: stop.signal });
  host?.addEventListener('wheel', release, { capture: true, passive: true, signal: stop.signal });
  cy.on('select unselect add remove class data position', release);
  return {
    relabel: (change) => {
      if (cy.destroyed()) return;
      held ??= holdDrawing(cy);
      const mine = held;
      relabelling = true;
      try {
        change();
      } finally {
        relabelling = false;
      }
      void buildLayers(cy, HOLD_MS).finally(() => {
        if (held === mine) release();
      });
    },
  };
}

/**
 * Has the snapshot of the drawing that pan and zoom move (`textureOnViewport`) taken at the
 * canvas's own size. At a pixel ratio of 1 Cytoscape takes it at twice the size, drawing every
 * node from textures of the next size up: 1.8 s at 5,000 nodes; at the same size, one frame's
 * drawing. False if this Cytoscape lacks the parts.
 */
function snapshotAtScreenResolution(r: Renderer): boolean {
  const match = r.matchCanvasSize;
  const texture = r.TEXTURE_BUFFER;
  if (typeof match !== 'function' || typeof texture !== 'number' || !r.data?.bufferCanvases) return false;
  const flatten = () => {
    const canvas = r.data?.bufferCanvases?.[texture];
    if (r.textureMult === 1 || !canvas || !r.canvasWidth || !r.canvasHeight) return;
    r.textureMult = 1;
    canvas.width = r.canvasWidth;
    canvas.height = r.canvasHeight;
  };
  r.matchCanvasSize = (container: HTMLElement) => {
    match.call(r, container);
    flatten();
  };
  flatten();
  return true;
}
