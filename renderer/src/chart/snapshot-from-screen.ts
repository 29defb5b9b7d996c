import type { Core } from 'cytoscape';

/** The parts of Cytoscape's canvas renderer (3.34) this needs; none is in its types. */
interface Renderer {
  textureOnViewport?: boolean;
  textureMult?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  NODE?: number;
  TEXTURE_BUFFER?: number;
  /** The snapshot a gesture moves; taken at the gesture's first frame when missing. */
  textureCache?: SnapshotCache | null;
  data?: {
    canvases?: HTMLCanvasElement[];
    canvasNeedsRedraw?: boolean[];
    bufferCanvases?: HTMLCanvasElement[];
    bufferContexts?: CanvasRenderingContext2D[];
  };
}
interface SnapshotCache {
  /** Set by Cytoscape, never read (3.34). */
  bb: unknown;
  texture: HTMLCanvasElement;
  viewport: {
    zoom: number;
    pan: { x: number; y: number };
    width: number;
    height: number;
    mpan: { x: number; y: number };
  };
}

/**
 * While the chart's bitmaps are being redrawn, a pan or zoom moves a snapshot of the drawing
 * (`textureOnViewport`, layer-warmup.ts), and Cytoscape takes it in the gesture's first frame by
 * drawing every element once more: a 250–370 ms frame at 5,000 nodes. The canvas on screen
 * already shows exactly that drawing, so as a gesture begins (a press or a wheel step) this
 * copies it into the snapshot instead: one image copy. Skipped when the canvas is out of date
 * (a change not drawn yet, unless `onlyLabelsPending`: new labels may wait until the gesture
 * ends) or the snapshot is not at the canvas's own size.
 */
export function snapshotFromScreen(cy: Core, r: Renderer, onlyLabelsPending: () => boolean = () => false): void {
  const container = cy.container();
  if (!container) return;
  const take = () => {
    if (!r.textureOnViewport || r.textureCache || r.textureMult !== 1 || cy.destroyed()) return;
    const node = r.NODE;
    const buffer = r.TEXTURE_BUFFER;
    const d = r.data;
    if (node === undefined || buffer === undefined || !d?.canvases || !d.bufferCanvases || !d.bufferContexts) return;
    if (d.canvasNeedsRedraw?.[node] && !onlyLabelsPending()) return;
    const screen = d.canvases[node];
    const texture = d.bufferCanvases[buffer];
    const context = d.bufferContexts[buffer];
    const width = r.canvasWidth;
    const height = r.canvasHeight;
    if (!screen || !texture || !context || !width || !height) return;
    if (screen.width !== width || texture.width !== width || texture.height !== height) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.drawImage(screen, 0, 0);
    const zoom = cy.zoom();
    const pan = { ...cy.pan() };
    r.textureCache = {
      bb: null,
      texture,
      viewport: { zoom, pan, width, height, mpan: { x: -pan.x / zoom, y: -pan.y / zoom } },
    };
  };
  // Capturing on the parent, so it runs before Cytoscape's own handlers (which capture on the
  // container) move the view and mark the canvas out of date. The parent outlives this chart.
  const host = container.parentElement ?? container;
  const stop = new AbortController();
  const options = { capture: true, passive: true, signal: stop.signal };
  cy.one('destroy', () => stop.abort());
  host.addEventListener('wheel', take, options);
  host.addEventListener('pointerdown', take, options);
  // A frame drawn between the press and the drag drops the snapshot: take it again as the drag moves.
  host.addEventListener(
    'pointermove',
    (e) => {
      if (e.buttons) take();
    },
    options,
  );
}
