import type { ChartCanvas } from './chart-canvas.js';
import { nodesOf } from './chart-canvas.js';
import { lastFooterLayout } from './export-png.js';

const FLAG = 'dossier.test-hooks';

/**
 * Whether this page is driven by a test: the e2e tests open the app at `…#test-hooks` (the hash
 * survives the token redirect and reloads; it is also kept for the session). Builds made with
 * `DOSSIER_TEST_HOOKS=1` turn the hooks on regardless. A production page never gets them.
 */
export function testHooksEnabled(): boolean {
  if (import.meta.env.VITE_DOSSIER_TEST_HOOKS === '1') return true;
  try {
    if (location.hash.includes('test-hooks')) sessionStorage.setItem(FLAG, '1');
    return sessionStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

type Box = { x1: number; y1: number; x2: number; y2: number };
type RendererSnapshot = {
  textureOnViewport?: boolean;
  skipFrame?: boolean;
  textureCache?: { viewport: { zoom: number; pan: { x: number; y: number } } } | null;
};

/** A read-only view for end-to-end tests: positions, highlighted ids, drawn boxes. */
export function chartTestHandle(c: ChartCanvas) {
  const cy = c.cy;
  const drawnNodes = () => nodesOf(cy).filter((n) => !n.hasClass('ghost') && !n.hasClass('group') && n.visible());
  return {
    positions: () =>
      Object.fromEntries(
        nodesOf(cy)
          .filter((n) => !n.hasClass('ghost'))
          .map((n) => [n.id(), { ...n.position() }]),
      ),
    onPath: () => cy.$('.on-path').map((el) => el.id()),
    /** Where a node is on screen, relative to the chart's canvas. */
    screenPosition: (id: string) => ({ ...cy.getElementById(id).renderedPosition() }),
    faded: () => cy.$('.faded').map((el) => el.id()),
    selected: () => cy.$(':selected').map((el) => el.id()),
    /** Elements drawn as pressed (Cytoscape's `:active`). */
    active: () => cy.$(':active').map((el) => el.id()),
    /** Each edge's ends and middle on screen, relative to the chart's canvas. */
    edgeLines: () =>
      cy.edges(':visible').map((e) => ({
        id: e.id(),
        from: { ...e.source().renderedPosition() },
        to: { ...e.target().renderedPosition() },
        mid: { ...e.renderedMidpoint() },
      })),
    renderer: () => ((cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl ? 'webgl' : 'canvas'),
    selectIds: (ids: string[]) => {
      cy.elements().unselect();
      for (const id of ids) cy.getElementById(id).select();
    },
    zoom: () => cy.zoom(),
    /**
     * Every drawn node's body and label as Cytoscape renders them (screen px), with the label's
     * font size on screen (0 when the label is not drawn at this zoom).
     */
    drawnBoxes: () =>
      drawnNodes().map((n) => {
        const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) as Box;
        const label = n.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        }) as Box;
        const text = String(n.style('label') ?? '');
        const font = parseFloat(String(n.style('font-size'))) * cy.zoom();
        const minZoomed = parseFloat(String(n.style('min-zoomed-font-size'))) || 0;
        const drawn = !!text && font >= minZoomed;
        return {
          id: n.id(),
          kind: String(n.data('kind')),
          type: String(n.data('type')),
          name: String(n.data('name')),
          body: { ...body },
          label: drawn ? { ...label } : null,
          fontPx: drawn ? font : 0,
        };
      }),
    eventLinks: () => cy.edges('.event-link').map((e) => ({ id: e.id(), label: String(e.data('label')) })),
    lodLabels: () => c.lod.labelled(),
    /**
     * Whether pan and zoom move a snapshot (the bitmaps are being redrawn), the view the
     * snapshot they move was taken at (null when none is kept), and whether drawing is held
     * (a label change waiting for the bitmaps).
     */
    snapshot: () => {
      const r = (cy as unknown as { renderer(): RendererSnapshot }).renderer();
      const v = r.textureCache?.viewport;
      return {
        moved: !!r.textureOnViewport,
        takenAt: v ? { zoom: v.zoom, pan: { ...v.pan } } : null,
        held: !!r.skipFrame,
      };
    },
    /** The footer boxes of the last PNG exported. */
    footerLayout: () => lastFooterLayout,
  };
}
