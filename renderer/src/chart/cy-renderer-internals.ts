import type { CollectionReturnValue, Core, ElementDefinition, NodeCollection } from 'cytoscape';

/**
 * The parts of Cytoscape's canvas renderer (3.34) that filling a big chart without long frames
 * needs; none is in its types. Each use checks that the part exists and does nothing otherwise,
 * so another renderer or version only loses the speed, never the drawing.
 */
interface Renderer {
  /** Applies pending style and recomputes label sizes, edge ends and bounds now, not in the next frame. */
  flushRenderedStyleQueue?: () => void;
  getCachedImage?: (url: string, crossOrigin: string, onLoad: () => void) => HTMLImageElement;
  getPixelRatio?: () => number;
  /** The bitmaps nodes are drawn from: made on a node's first draw, unless made beforehand. */
  data?: { eleTxrCache?: TextureCache };
  /** Read by the render loop at each animation frame: true skips drawing that frame. */
  skipFrame?: boolean;
  /** Run by the render loop at each animation frame, drawn or not, highest priority first. */
  beforeRenderCallbacks?: { fn: unknown; priority: number }[];
}
interface TextureCache {
  getBoundingBox(ele: unknown): unknown;
  getElement(ele: unknown, bb: unknown, pxRatio: number): unknown;
}

export const rendererOf = (cy: Core) => (cy as unknown as { renderer(): Renderer | null }).renderer();

/**
 * Keeps Cytoscape's render loop from drawing until `release()`. Its own flag (`skipFrame`) is
 * reset after every frame, and Chromium often ran two frames between two of our tasks, so the
 * flag is pinned here instead.
 */
export function holdDrawing(cy: Core): { release(): void } {
  const r = rendererOf(cy);
  if (!r?.flushRenderedStyleQueue) return { release: () => undefined };
  Object.defineProperty(r, 'skipFrame', {
    configurable: true,
    enumerable: true,
    get: () => true,
    set: () => undefined,
  });
  return {
    release: () =>
      Object.defineProperty(r, 'skipFrame', { configurable: true, enumerable: true, writable: true, value: false }),
  };
}

/**
 * Keeps Cytoscape's per-frame work out of the frames until `resume()`: with drawing held, each
 * frame still flushed styles and made textures from its queues (up to 15 ms a cache), between
 * and on top of the fill's own tasks. The layered cache needs its queue worked in frames again:
 * resume before building it (layer-warmup.ts).
 */
export function pauseFrameWork(cy: Core): { resume(): void } {
  const r = rendererOf(cy);
  const callbacks = r?.beforeRenderCallbacks;
  if (!r || !Array.isArray(callbacks)) return { resume: () => undefined };
  r.beforeRenderCallbacks = [];
  let paused = true;
  return {
    resume: () => {
      if (!paused) return;
      paused = false;
      // Whatever registered meanwhile keeps its place by priority.
      const added = r.beforeRenderCallbacks ?? [];
      r.beforeRenderCallbacks = [...callbacks, ...added].sort((a, b) => b.priority - a.priority);
    },
  };
}

/**
 * Skips the side effects Cytoscape attaches to each style property the first time an element is
 * styled, until `restore()`. For every property it marked the element's style and bounds stale,
 * asked a node for its connected edges (a new collection each time) and sent a `bounds` event:
 * 15–20 % of filling 5,000 nodes and 10,000 edges. On an element never styled nothing is cached
 * yet, and its addition already told the renderer to redraw and re-sort. Not for compound
 * charts, where a child's style moves its parent's bounds. Later restyles keep their effects.
 */
export function quietFirstStyling(cy: Core): { restore(): void } {
  const style = (cy as unknown as { style(): StyleInternals | undefined }).style();
  const checkTriggers = style?.checkTriggers;
  if (!style || typeof checkTriggers !== 'function') return { restore: () => undefined };
  style.checkTriggers = function (this: StyleInternals, ele, ...rest) {
    if (ele._private?.appliedInitStyle || (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes())
      checkTriggers.call(this, ele, ...rest);
  };
  return { restore: () => delete style.checkTriggers };
}
interface StyleInternals {
  /** Run for each property applied to an element (Cytoscape's prototype method). */
  checkTriggers?: (ele: { _private?: { appliedInitStyle?: boolean } }, ...rest: unknown[]) => void;
}

/** Applies the stylesheet and the renderer's measurements to what was just added, in this task. */
export function styleNow(cy: Core, added: CollectionReturnValue | NodeCollection): void {
  rendererOf(cy)?.flushRenderedStyleQueue?.();
  // Bounding boxes are cached per element; the first frame would compute them all otherwise.
  added.boundingBox();
  warmTextures(cy, added);
}

/**
 * Draws each new node into Cytoscape's element texture cache now, at the current zoom, so no
 * frame draws every node's body and icon for the first time.
 */
function warmTextures(cy: Core, added: CollectionReturnValue | NodeCollection): void {
  const r = rendererOf(cy);
  const cache = r?.data?.eleTxrCache;
  if (!r?.getPixelRatio || !cache || typeof cache.getElement !== 'function') return;
  const pxRatio = r.getPixelRatio();
  added.nodes().forEach((n) => {
    cache.getElement(n, cache.getBoundingBox(n), pxRatio);
  });
}

/**
 * Loads the nodes' background images (type icons) into Cytoscape's image cache. Otherwise the
 * first frame draws the nodes without them and each image's arrival redraws the whole chart.
 */
export function preloadImages(cy: Core, elements: ElementDefinition[]): Promise<unknown> {
  const r = rendererOf(cy);
  if (!r?.getCachedImage) return Promise.resolve();
  const urls = new Set<string>();
  for (const e of elements) if (typeof e.data.icon === 'string') urls.add(e.data.icon);
  return Promise.all(
    [...urls].map((url) => {
      const image = r.getCachedImage!(url, 'anonymous', () => undefined);
      // A broken image must not keep the chart from being drawn.
      return image.complete ? null : image.decode().catch(() => null);
    }),
  );
}
