import type { Core, SingularElementReturnValue } from 'cytoscape';

type Ele = SingularElementReturnValue;
/** Cytoscape's elements in drawing order, with the ones that take pointer events alongside. */
type Sorted = Ele[] & { interactive?: Ele[] };

/** The two parts of Cytoscape's canvas renderer (3.34) the index wraps; not in its types. */
interface Renderer {
  webgl?: boolean;
  findNearestElements?: (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => Ele[];
  getCachedZSortedEles?: (forceRecalc?: boolean) => Sorted;
}

/** Below this many elements Cytoscape's own search is quick enough (about 5 µs an element). */
const MIN_ELEMENTS = 2000;
/** An element whose bounds cover more cells than this is tested at every point. */
const MAX_CELLS = 256;

interface Grid {
  of: Sorted;
  x1: number;
  y1: number;
  cell: number;
  cols: number;
  rows: number;
  /** Element indices (into `of`, ascending: drawing order) per cell. */
  cells: Map<number, number[]>;
  /** Indices of elements tested everywhere (bounds unknown or very large). */
  everywhere: number[];
  boxes: Float64Array;
  interactive: Set<Ele>;
  index: Map<Ele, number>;
}

/**
 * Finds the element under the pointer among the few near it. Cytoscape's canvas renderer tests
 * every element (`findNearestElements`): at 5,000 nodes and 10,000 edges that took 70–85 ms, on
 * every press, release and pointer move — the first frames of each pan, and every hover. Here the
 * elements whose bounds (labels and arrows included) come within the largest hit distance
 * Cytoscape uses are found in a grid of cells, and Cytoscape's own test runs on them alone, in
 * the same drawing order, so what is hit does not change. Elements that moved or changed since
 * the grid was built are tested wherever the pointer is, until the grid is rebuilt when the page
 * is idle.
 */
export function indexHitTests(cy: Core): { warm(): void } {
  const r = (cy as unknown as { renderer(): Renderer | null }).renderer();
  const find = r?.findNearestElements;
  const sorted = r?.getCachedZSortedEles;
  if (!r || r.webgl || typeof find !== 'function' || typeof sorted !== 'function') return { warm: () => undefined };
  let grid: Grid | null = null;
  const changed = new Set<Ele>();
  let changes = 0;
  // A grid being measured a slice at a time, while the page is idle: measured at once, 5,000
  // nodes' bounds made one task of 70–150 ms.
  let growing: Growing | null = null;
  let scheduled = false;
  const growLater = () => {
    if (scheduled) return;
    scheduled = true;
    requestIdleCallback(grow, { timeout: 2000 });
  };
  const grow = (deadline: IdleDeadline) => {
    scheduled = false;
    if (cy.destroyed()) return;
    const all = sorted.call(r);
    if (all.length < MIN_ELEMENTS) return;
    if (!growing || growing.all !== all) growing = startGrowing(all, changes);
    // At least a slice even when the timeout, not idleness, called: it must end some time.
    for (let k = 0; growing.next < all.length && (k < SLICE || deadline.timeRemaining() > 1); k++) measure(growing);
    if (growing.next < all.length) return growLater();
    const quiet = growing.changesAtStart === changes;
    grid = assemble(growing);
    growing = null;
    // What changed while it grew may have been measured before it changed: it stays tested
    // everywhere, and the grid grows again.
    if (quiet) changed.clear();
    else growLater();
  };
  const build = () => {
    changed.clear();
    growing = null;
    return buildGrid(sorted.call(r));
  };
  // Changes are followed only once the chart is filled (`warm`): a listener on these events had
  // Cytoscape make an event object for each of the 15,000 elements' every styled property, and
  // the collector ran for a second more while a 5,000-node chart was filled.
  let watching = false;
  const watch = () => {
    if (watching) return;
    watching = true;
    cy.on('bounds position style', (e) => {
      if (!grid && !growing) return;
      changed.add(e.target as Ele);
      changes++;
      growLater();
    });
  };
  r.findNearestElements = (x, y, interactiveOnly, isTouch) => {
    const all = sorted.call(r);
    if (!watching || all.length < MIN_ELEMENTS) return find.call(r, x, y, interactiveOnly, isTouch);
    if (!grid || grid.of !== all) grid = build();
    // Cytoscape's edge distance (8 px on screen, 24 by touch) is its largest; a pixel to spare.
    const margin = ((isTouch ? 24 : 8) + 1) / cy.zoom();
    const near = candidates(grid, x, y, margin);
    for (const e of changed) {
      const i = grid.index.get(e);
      if (i !== undefined) near.add(i);
    }
    const subset: Sorted = [...near].sort((a, b) => a - b).map((i) => all[i]!);
    const g = grid;
    subset.interactive = subset.filter((e) => g.interactive.has(e));
    r.getCachedZSortedEles = () => subset;
    try {
      return find.call(r, x, y, interactiveOnly, isTouch);
    } finally {
      r.getCachedZSortedEles = sorted;
    }
  };
  return {
    /**
     * Starts using the grid (until then Cytoscape searches every element), and grows it while
     * the page is idle, not on the first press (80 ms at 5,000 nodes).
     */
    warm: () => {
      watch();
      if (!grid) growLater();
    },
  };
}

/** Elements measured per slice at the least. */
const SLICE = 500;

/** A grid part-way measured: each element's bounds, and the bounds of all. */
interface Growing {
  all: Sorted;
  next: number;
  boxes: Float64Array;
  known: Uint8Array;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The change count when measuring began. */
  changesAtStart: number;
}

function startGrowing(all: Sorted, changesAtStart: number): Growing {
  const n = all.length;
  return {
    all,
    next: 0,
    boxes: new Float64Array(4 * n),
    known: new Uint8Array(n),
    x1: Infinity,
    y1: Infinity,
    x2: -Infinity,
    y2: -Infinity,
    changesAtStart,
  };
}

/** Measures the next element. */
function measure(g: Growing): void {
  const i = g.next++;
  const b = g.all[i]!.boundingBox();
  if (![b.x1, b.y1, b.x2, b.y2].every(Number.isFinite)) return;
  g.known[i] = 1;
  g.boxes.set([b.x1, b.y1, b.x2, b.y2], 4 * i);
  g.x1 = Math.min(g.x1, b.x1);
  g.y1 = Math.min(g.y1, b.y1);
  g.x2 = Math.max(g.x2, b.x2);
  g.y2 = Math.max(g.y2, b.y2);
}

function buildGrid(all: Sorted): Grid {
  const g = startGrowing(all, 0);
  while (g.next < all.length) measure(g);
  return assemble(g);
}

/** The grid of a fully measured set. */
function assemble(g: Growing): Grid {
  const { all, boxes, known, x1, y1, x2, y2 } = g;
  const n = all.length;
  // About four elements a cell on a chart spread evenly.
  const cell = Math.max(1, Math.sqrt(((x2 - x1 || 1) * (y2 - y1 || 1) * 4) / n));
  const cols = Math.max(1, Math.ceil((x2 - x1) / cell) + 1);
  const rows = Math.max(1, Math.ceil((y2 - y1) / cell) + 1);
  const cells = new Map<number, number[]>();
  const everywhere: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!known[i]) {
      everywhere.push(i);
      continue;
    }
    const c1 = Math.floor((boxes[4 * i]! - x1) / cell);
    const r1 = Math.floor((boxes[4 * i + 1]! - y1) / cell);
    const c2 = Math.floor((boxes[4 * i + 2]! - x1) / cell);
    const r2 = Math.floor((boxes[4 * i + 3]! - y1) / cell);
    if ((c2 - c1 + 1) * (r2 - r1 + 1) > MAX_CELLS) {
      everywhere.push(i);
      continue;
    }
    for (let row = r1; row <= r2; row++)
      for (let col = c1; col <= c2; col++) {
        const key = row * cols + col;
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
  }
  return {
    of: all,
    x1,
    y1,
    cell,
    cols,
    rows,
    cells,
    everywhere,
    boxes,
    interactive: new Set(all.interactive ?? all),
    index: new Map(all.map((e, i) => [e, i])),
  };
}

/** Indices of the elements whose bounds come within `margin` of (x, y). */
function candidates(g: Grid, x: number, y: number, margin: number): Set<number> {
  const found = new Set<number>(g.everywhere);
  const c1 = Math.max(0, Math.floor((x - margin - g.x1) / g.cell));
  const c2 = Math.min(g.cols - 1, Math.floor((x + margin - g.x1) / g.cell));
  const r1 = Math.max(0, Math.floor((y - margin - g.y1) / g.cell));
  const r2 = Math.min(g.rows - 1, Math.floor((y + margin - g.y1) / g.cell));
  for (let row = r1; row <= r2; row++)
    for (let col = c1; col <= c2; col++)
      for (const i of g.cells.get(row * g.cols + col) ?? []) {
        const b = 4 * i;
        if (
          x >= g.boxes[b]! - margin &&
          x <= g.boxes[b + 2]! + margin &&
          y >= g.boxes[b + 1]! - margin &&
          y <= g.boxes[b + 3]! + margin
        )
          found.add(i);
      }
  return found;
}
