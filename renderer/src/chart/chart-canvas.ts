import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { ChartData, ChartPlacement, ChartViewport } from '../../../preload/contract/chart.js';
import type { PathResult } from '../../../lib/graph/shortest-path.js';
import { quietEdgePresses } from './edge-press.js';
import { indexHitTests } from './hit-index.js';
import { fillInTasks } from './fill-in-tasks.js';
import { keepLayers } from './layer-warmup.js';
import { chartElements } from './cy-elements.js';
import { chartStylesheet } from './cy-style.js';
import { LabelLod } from './label-lod.js';
import { measureNodeBoxes, MEASURED_LABELS, readableViewport } from './readable-fit.js';
import type { LayoutNode, LayoutResult } from './layout/types.js';
import type { ComputedView, ViewState } from './view-state.js';

/**
 * Above this many nodes the chart switches to Cytoscape's WebGL renderer (on a real GPU) and
 * cheaper edges (haystack, no labels). Measured with `npm run bench:chart`: see
 * test/bench/chart/README.md.
 */
export const LARGE_CHART = 3000;

/**
 * Above this many nodes labels are drawn on demand, and pan and zoom frames copy the bitmaps
 * Cytoscape's layered cache keeps of the drawing (layer-warmup.ts), redrawn soon after any
 * change (`keepLayers`). A press on an edge does not restyle it (edge-press.ts). Moving a
 * snapshot of the drawing instead, with edges left out, cost 1.8 s to take at the first frame
 * of each pan at 5,000 nodes.
 */
export const CHEAP_MOVES = 400;

/**
 * Above CHEAP_MOVES nodes, labels change only once the view has rested this long: each change
 * restyles nodes, which has Cytoscape redraw its bitmaps of the chart; until they are redrawn,
 * each frame draws every element (200–300 ms at 5,000 nodes), so a change between two steps of
 * a zoom made the whole zoom slow.
 */
const REST_MS = 300;

/** On large charts, labels are drawn for the nodes in view from this zoom up. */
export const LABEL_ZOOM = 0.75;

/** The Cytoscape instance behind one chart, and the few operations the view needs on it. */
export class ChartCanvas {
  readonly cy: Core;
  readonly large: boolean;
  /** Labels drawn only for what is in view once zoomed in (`labelInView`), above CHEAP_MOVES nodes. */
  readonly labelsOnDemand: boolean;
  readonly lod: LabelLod;
  private readonly hits: { warm(): void };
  /** Resolves once every element is on the canvas and the chart drawn from its bitmaps. */
  readonly populated: Promise<void>;

  /**
   * `webgl`: whether WebGL runs on a real GPU here (webgl-probe.ts; used for large charts only).
   */
  constructor(container: HTMLElement, data: ChartData, computed: ComputedView, options: { webgl?: boolean } = {}) {
    this.large = data.nodes.length > LARGE_CHART;
    this.labelsOnDemand = data.nodes.length > CHEAP_MOVES;
    preemptInjectedStylesheet();
    // WebGL only pays with a real GPU (the caller asks webgl-probe.ts): software-rendered
    // (SwiftShader, llvmpipe) it was 3-9x slower than the canvas at every size measured
    // (test/bench/chart/README.md).
    const webgl = this.large && !!options.webgl;
    // Every chart starts empty and is filled in tasks of its own, then drawn once, complete
    // (fill-in-tasks.ts); `populated` says when it is in. Even its elements are built in a later
    // task: with Cytoscape's construction, that made one 120 ms task at 1,000 nodes, and at 100
    // nodes building, styling and measuring them for the opening view made one of 130–175 ms.
    this.cy = cytoscape({
      container,
      elements: [],
      style: chartStylesheet(this.large, this.labelsOnDemand),
      // Positions come from the case; never let Cytoscape run its default grid layout.
      layout: { name: 'preset', fit: false },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'additive',
      pixelRatio: this.large ? 1 : 'auto',
      // The types do not know the WebGL option yet (Cytoscape ≥ 3.31).
      renderer: { name: 'canvas', webgl },
    } as unknown as cytoscape.CytoscapeOptions);
    this.hits = indexHitTests(this.cy);
    if (this.labelsOnDemand) quietEdgePresses(this.cy);
    this.lod = new LabelLod(this.cy);
    if (this.labelsOnDemand) this.lod.restMs = REST_MS;
    // Level-of-detail labels are chosen once, when every node is in (before the first draw).
    this.lod.paused = this.labelsOnDemand;
    this.populated = this.fill(data, computed);
    // After the first frame, not before it: choosing labels walks every node in view.
    this.lod.schedule();
    if (this.labelsOnDemand) {
      // Labels are chosen once the view rests: never between two steps of a drag (walking
      // 5,000 nodes there made pan frames 300 ms).
      let timer: ReturnType<typeof setTimeout> | null = null;
      let pressed = false;
      const later = () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => (pressed ? later() : this.relabel(() => this.labelInView())), REST_MS);
      };
      this.cy.on('viewport', later);
      this.cy.on('tapstart', () => (pressed = true));
      this.cy.on('tapend', () => (pressed = false));
    }
  }

  private async fill(data: ChartData, computed: ComputedView): Promise<void> {
    const small = !this.labelsOnDemand;
    // A small chart without a saved view opens on one read from its measured labels, once they
    // are in (`openView`); its nodes' textures are then drawn again at that zoom.
    const viewFromLabels = small && !data.viewport;
    if (!viewFromLabels) this.openOn(data);
    // A big chart's labels are chosen before the first frame that draws everything, in a task of
    // their own: choosing them after it restyled their nodes and drew the whole chart a second time.
    const chooseLabels = () => {
      this.lod.paused = false;
      this.lod.apply();
      this.labelInView();
    };
    await fillInTasks(this.cy, () => chartElements(data, computed.nodeStyles, computed.edgeStyles), {
      beforeDraw: small ? (viewFromLabels ? () => this.openView() : undefined) : chooseLabels,
      texturesAfter: viewFromLabels,
    });
    if (this.cy.destroyed()) return;
    if (!small) {
      const kept = keepLayers(this.cy);
      if (kept) this.relabel = this.lod.around = kept.relabel;
    }
    this.hits.warm();
  }

  /** The opening view from the chart data's viewport or placements (nothing measured). */
  private openOn(data: ChartData): void {
    if (data.viewport) this.cy.viewport({ zoom: data.viewport.zoom, pan: data.viewport.pan });
    else {
      const drawn = new Set(data.nodes.map((n) => n.id));
      this.fitBox(
        data.placements.filter((p) => drawn.has(p.subjectId)),
        30,
      );
    }
  }

  /**
   * The view a chart opens on after a layout: readable labels (readable-fit.ts), the whole
   * chart when it can be read that way.
   */
  openView(): void {
    const v = readableViewport(this.cy);
    if (v) this.cy.viewport(v);
    this.lod.schedule(0);
  }

  /** Fits the whole chart (labels included when there are few enough to measure). */
  fit(padding = 30): void {
    const nodes = this.cy.nodes(':visible').not('.ghost');
    if (nodes.nonempty() && nodes.length <= MEASURED_LABELS) {
      this.lod.clear();
      this.cy.fit(nodes, padding);
      if (this.cy.zoom() > 1.6)
        this.cy.zoom({ level: 1.6, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
      this.lod.schedule(0);
      return;
    }
    this.fitPositions(padding);
    this.lod.schedule(0);
  }

  /** Fits the chart from node positions alone (no label measuring: cheap at any size). */
  private fitPositions(padding: number): void {
    const nodes = this.cy.nodes().not('.ghost');
    if (nodes.empty()) return;
    this.fitBox(
      (nodes.toArray() as NodeSingular[]).map((n) => n.position()),
      padding,
    );
  }

  private fitBox(points: readonly { x: number; y: number }[], padding: number): void {
    if (!points.length) return;
    let x1 = Infinity,
      y1 = Infinity,
      x2 = -Infinity,
      y2 = -Infinity;
    points.forEach((p) => {
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    });
    const w = this.cy.width() || 800;
    const h = this.cy.height() || 600;
    const zoom = Math.min(
      4,
      Math.max(0.02, Math.min((w - 2 * padding) / (x2 - x1 + 60 || 1), (h - 2 * padding) / (y2 - y1 + 60 || 1))),
    );
    this.cy.viewport({ zoom, pan: { x: w / 2 - zoom * ((x1 + x2) / 2), y: h / 2 - zoom * ((y1 + y2) / 2) } });
  }

  private labelled = false;
  /** Applies a change of labels chosen at rest (out of sight on a big chart, `keepLayers`). */
  private relabel: (change: () => void) => void = (change) => change();

  private labelInView(): void {
    if (this.cy.destroyed()) return;
    const show = this.cy.zoom() >= LABEL_ZOOM;
    // Touching a class restyles the node: do nothing when no label is or will be shown.
    if (!show && !this.labelled) return;
    this.labelled = show;
    const e = this.cy.extent();
    const inView = (p: { x: number; y: number }) => p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
    // Edge labels read from zoom 1 (their font's size); an edge is labelled when an end is in view.
    const edges = show && this.cy.zoom() >= 1;
    const shown = new Set<string>();
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const want = show && inView(n.position());
        if (want) shown.add(n.id());
        if (n.hasClass('labelled') !== want) n.toggleClass('labelled', want);
      });
      this.cy.edges().forEach((ed) => {
        const want = edges && (shown.has(ed.data('source') as string) || shown.has(ed.data('target') as string));
        if (ed.hasClass('labelled') !== want) ed.toggleClass('labelled', want);
      });
    });
  }

  /** Brings the drawing in line with new data: adds, removes and updates elements; keeps positions of what stays. */
  sync(data: ChartData, computed: ComputedView): void {
    const wanted = chartElements(data, computed.nodeStyles, computed.edgeStyles);
    const ids = new Set(wanted.map((e) => e.data.id!));
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (!ids.has(el.id()) && !el.hasClass('ghost')) el.remove();
      });
      const fresh: ElementDefinition[] = [];
      for (const def of wanted) {
        const el = this.cy.getElementById(def.data.id!);
        if (el.empty()) {
          fresh.push(def);
          continue;
        }
        // Setting data restyles the element even when nothing changed: a save that reloads a
        // 1,000-node chart must not restyle and redraw every element.
        const changed = Object.entries(def.data).filter(([k, v]) => v !== undefined && el.data(k) !== v);
        if (changed.length) el.data(Object.fromEntries(changed));
        if (el.isNode()) {
          const parent = (def.data.parent as string | undefined) ?? null;
          if ((el.parent().first().id() || null) !== parent) el.move({ parent });
          const classes = Array.isArray(def.classes) ? def.classes : (def.classes ?? '').split(' ');
          for (const c of ['user-hidden', 'locked', 'suggested', 'confirmed'])
            if (el.hasClass(c) !== classes.includes(c)) el.toggleClass(c, classes.includes(c));
          if (!!def.locked !== el.locked()) {
            if (def.locked) el.lock();
            else el.unlock();
          }
        }
      }
      this.cy.add(fresh);
    });
  }

  /** Applies filters, measure sizes, cluster colours and the highlighted path. */
  applyView(computed: ComputedView, view: ViewState, path: PathResult | null, neighbours: Set<string> | null): void {
    const onPath = path ? new Set([...path.nodes, ...path.edges]) : null;
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (el.hasClass('ghost') || el.hasClass('group')) return;
        const id = el.id();
        const node = el.isNode();
        const passes = node ? computed.pass.nodes.has(id) : computed.pass.edges.has(id);
        const focusOut = (onPath && !onPath.has(id)) || (neighbours && !neighbours.has(id));
        // A class set to what it already is still restyles the element: set only changes.
        const want = (c: string, on: boolean) => el.hasClass(c) !== on && el.toggleClass(c, on);
        want('filtered-out', !passes && view.filterMode === 'hide');
        want('faded', (!passes && view.filterMode === 'fade') || !!focusOut);
        want('on-path', !!onPath?.has(id));
        want('neighbour', !!neighbours?.has(id) && node);
      });
    });
  }

  /**
   * Each node's body-and-label box, in the order of `nodes`, for layouts that keep labels
   * apart. Level-of-detail labels come off first: they are drawn larger than the real ones.
   */
  nodeBoxes(nodes: readonly LayoutNode[]): { halfWidth: Float32Array; up: Float32Array; down: Float32Array } {
    this.lod.clear();
    return measureNodeBoxes(
      nodes.map((n) => this.cy.getElementById(n.id) as NodeSingular),
      34,
    );
  }

  /** The nodes as a layout request sees them: current positions, locked ones fixed. */
  layoutNodes(onlyVisible = true): LayoutNode[] {
    return nodesOf(this.cy)
      .filter((n) => !n.hasClass('group') && !n.hasClass('ghost') && (!onlyVisible || !n.hasClass('user-hidden')))
      .map((n) => ({
        id: n.id(),
        x: n.position('x'),
        y: n.position('y'),
        fixed: n.locked(),
        parent: n.parent().first().id() || null,
      }));
  }

  layoutEdges(): { source: string; target: string; directed: boolean; weight: number }[] {
    return (this.cy.edges().toArray() as EdgeSingular[])
      .filter((e) => !e.hasClass('ghost'))
      .map((e) => ({ source: e.source().id(), target: e.target().id(), directed: e.hasClass('directed'), weight: 1 }));
  }

  /** Moves nodes to a layout's positions in one batch (5,000 nodes ≈ 25 ms). */
  applyPositions(result: LayoutResult): void {
    this.cy.batch(() => {
      result.ids.forEach((id, i) => {
        const n = this.cy.getElementById(id) as NodeSingular;
        if (n.nonempty() && !n.locked()) n.position({ x: result.xs[i]!, y: result.ys[i]! });
      });
    });
  }

  /** What to save: positions and flags of every node; style only for groups (others keep theirs). */
  placements(): (Omit<ChartPlacement, 'style'> & { style?: Record<string, unknown> })[] {
    return nodesOf(this.cy)
      .filter((n) => !n.hasClass('ghost'))
      .map((n) => ({
        subjectId: n.id(),
        x: n.position('x'),
        y: n.position('y'),
        locked: n.locked(),
        hidden: n.hasClass('user-hidden'),
        groupId: n.parent().first().id() || null,
        ...(n.hasClass('group') ? { style: { group: true, label: String(n.data('label') ?? 'Group') } } : {}),
      }));
  }

  viewport(): ChartViewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  destroy(): void {
    this.cy.destroy();
  }
}

export function nodesOf(cy: Core): NodeSingular[] {
  return cy.nodes().toArray() as NodeSingular[];
}

/**
 * Cytoscape injects a <style> into the head (only `position: relative` for its container, which
 * chart.css already sets). The page's CSP refuses inline styles, so the injection would only
 * log an error; a placeholder with its id makes Cytoscape skip it.
 */
function preemptInjectedStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('template');
  marker.id = id;
  document.head.append(marker);
}
