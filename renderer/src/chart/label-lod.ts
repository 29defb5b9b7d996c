import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_FONT, READABLE_ZOOM } from './readable-fit.js';

/** Classes that keep a node off the screen or out of the label contest. */
const HIDDEN = ['group', 'ghost', 'user-hidden', 'filtered-out'];

/** At most this many labels are drawn by level of detail at once. */
const MAX_LOD_LABELS = 80;
const LOD_CHARS = 28;

let measurer: CanvasRenderingContext2D | null = null;
/** Widths by text: a chart opens and re-chooses labels on every zoom, over the same names. */
const widths = new Map<string, number>();
function textWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (!measurer) {
    measurer = document.createElement('canvas').getContext('2d');
    // Set once: setting a canvas font parses it, which cost as much as the measuring.
    if (measurer) measurer.font = `${LABEL_FONT}px Helvetica Neue, Helvetica, sans-serif`;
  }
  const w = measurer ? measurer.measureText(text).width : text.length * 6.6;
  if (widths.size > 50_000) widths.clear();
  widths.set(text, w);
  return w;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Level of detail for labels when the chart is zoomed out below the readable zoom: labels are
 * normally hidden there (never drawn under 11 px), so the most important nodes in view — the
 * selected and hovered ones first, then by degree — get a one-line label drawn at a constant
 * 12 px on screen, each only if it collides with no node and no label already chosen. As the
 * analyst zooms in past the readable zoom every label shows and this steps aside.
 */
export class LabelLod {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private hovered: string | null = null;
  private active = false;

  constructor(private readonly cy: Core) {
    cy.on('viewport', () => this.schedule());
    cy.on('select unselect', 'node', () => this.schedule());
    cy.on('mouseover', 'node', (e) => {
      this.hovered = (e.target as NodeSingular).id();
      this.apply();
    });
    cy.on('mouseout', 'node', () => {
      this.hovered = null;
      this.schedule();
    });
    cy.on('tapstart', () => (this.pressed = true));
    cy.on('tapend', () => (this.pressed = false));
  }

  private pressed = false;
  /** While true, `schedule` does nothing (the chart is still being filled). */
  paused = false;

  /**
   * How long the view must rest before labels are chosen again. Each choice restyles nodes, and
   * a big chart's bitmaps are redrawn after any restyle: between two wheel steps of a zoom that
   * made every frame draw each element (200–300 ms a frame at 5,000 nodes).
   */
  restMs = 120;

  /** Runs a scheduled choice of labels: a big chart applies it out of sight (`KeptLayers.relabel`). */
  around: (change: () => void) => void = (change) => change();

  /** Chooses labels after `delay` ms — and not while a drag is under way (it walks every node in view). */
  schedule(delay = this.restMs): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.paused) return;
    this.timer = setTimeout(() => (this.pressed ? this.schedule(delay) : this.around(() => this.apply())), delay);
  }

  /** Takes the level-of-detail labels off (before measuring label boxes for a layout). */
  clear(): void {
    if (!this.active) return;
    this.active = false;
    this.cy.batch(() => this.cy.nodes('.lod').removeClass('lod'));
  }

  apply(): void {
    const cy = this.cy;
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    if (zoom >= READABLE_ZOOM) {
      this.clear();
      return;
    }
    const ext = cy.extent();
    // Hidden by class rather than `:visible`, which asks every node for its computed style.
    const inView = (cy.nodes().toArray() as NodeSingular[]).filter((n) => {
      if (HIDDEN.some((c) => n.hasClass(c))) return false;
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    // Degrees from one pass over the edges: `connectedEdges()` builds a collection per node.
    const degree = new Map<string, number>();
    cy.edges().forEach((e) => {
      for (const end of [e.data('source') as string, e.data('target') as string])
        degree.set(end, (degree.get(end) ?? 0) + 1);
    });
    const ranks = new Map(
      inView.map((n) => [
        n.id(),
        (n.selected() ? 1e9 : 0) + (n.id() === this.hovered ? 2e9 : 0) + (degree.get(n.id()) ?? 0),
      ]),
    );
    inView.sort((a, b) => ranks.get(b.id())! - ranks.get(a.id())!);
    // Node bodies on screen: a label may not cover any of them.
    const grid = new RectGrid(48);
    // Sizes from the data the stylesheet maps them from: `width()` reads each node's style.
    const sizeOf = (n: NodeSingular) => Number(n.data('size')) || n.width();
    for (const n of inView) {
      const p = n.renderedPosition();
      const r = (sizeOf(n) * zoom) / 2 + 1;
      grid.add({ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r }, n.id());
    }
    const chosen = new Map<string, { text: string }>();
    for (const n of inView) {
      if (chosen.size >= MAX_LOD_LABELS) break;
      const name = String(n.data('name') ?? n.data('label') ?? '');
      if (!name) continue;
      const text = name.length > LOD_CHARS ? `${name.slice(0, LOD_CHARS - 1)}…` : name;
      const p = n.renderedPosition();
      const top = p.y + (sizeOf(n) * zoom) / 2 + 2;
      // The label's middle 8 px lie inside any label box: when they already collide, the name
      // need not be measured (most nodes of a dense overview; measuring 5,000 took 160 ms).
      if (grid.hits({ x1: p.x - 4, y1: top, x2: p.x + 4, y2: top + LABEL_FONT * 1.3 }, n.id())) continue;
      const w = textWidth(text) + 4;
      const rect = { x1: p.x - w / 2, y1: top, x2: p.x + w / 2, y2: top + LABEL_FONT * 1.3 };
      if (grid.hits(rect, n.id())) continue;
      grid.add(rect, `label:${n.id()}`);
      chosen.set(n.id(), { text });
    }
    this.active = chosen.size > 0;
    cy.batch(() => {
      cy.nodes('.lod').forEach((n) => {
        if (!chosen.has(n.id())) n.removeClass('lod');
      });
      for (const [id, { text }] of chosen) {
        const n = cy.getElementById(id);
        // Font and margin in model units that come out at a constant size on screen.
        n.data({ lodLabel: text, lodFont: LABEL_FONT / zoom, lodMargin: 2 / zoom });
        n.addClass('lod');
      }
    });
  }

  /** The ids of nodes that carry a level-of-detail label now (for tests). */
  labelled(): string[] {
    return this.cy.nodes('.lod').map((n) => n.id());
  }
}

/** A uniform grid of screen rectangles for collision checks. */
class RectGrid {
  private readonly cells = new Map<string, { rect: Rect; owner: string }[]>();
  constructor(private readonly size: number) {}

  add(rect: Rect, owner: string): void {
    this.each(rect, (k) => {
      const list = this.cells.get(k);
      const item = { rect, owner };
      if (list) list.push(item);
      else this.cells.set(k, [item]);
    });
  }

  /** True when the rectangle meets anything except the node `self` and its own label. */
  hits(rect: Rect, self: string): boolean {
    let hit = false;
    this.each(rect, (k) => {
      if (hit) return;
      for (const o of this.cells.get(k) ?? []) {
        if (o.owner === self) continue;
        if (o.rect.x1 < rect.x2 && rect.x1 < o.rect.x2 && o.rect.y1 < rect.y2 && rect.y1 < o.rect.y2) {
          hit = true;
          return;
        }
      }
    });
    return hit;
  }

  private each(rect: Rect, fn: (key: string) => void): void {
    for (let x = Math.floor(rect.x1 / this.size); x <= Math.floor(rect.x2 / this.size); x++) {
      for (let y = Math.floor(rect.y1 / this.size); y <= Math.floor(rect.y2 / this.size); y++) fn(`${x},${y}`);
    }
  }
}
