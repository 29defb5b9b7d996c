/** Below this depth, nodes that share a cell (or a point) stay together in one leaf. */
const MAX_DEPTH = 24;

/**
 * A quadtree over the nodes for Barnes–Hut repulsion, rebuilt each iteration into typed arrays
 * that are kept (and grown) between builds, so an iteration allocates nothing.
 *
 * Regions are stored in depth-first order: a region's first child, if any, is the next region,
 * and `skip[r]` is the first region after r's subtree. A walk is then one loop: descend with
 * r + 1, or pass a whole subtree with skip[r]. A leaf holds the nodes `order[start..end)`.
 */
export class BarnesHutTree {
  private readonly order: Int32Array;
  private count = 0;
  private capacity = 0;
  private massX = new Float64Array(0);
  private massY = new Float64Array(0);
  private mass = new Float64Array(0);
  private sideSquared = new Float64Array(0);
  private skip = new Int32Array(0);
  /** A leaf's first node in `order`; -1 for a region split in four. */
  private start = new Int32Array(0);
  private end = new Int32Array(0);

  constructor(nodes: number) {
    this.order = new Int32Array(nodes);
    this.grow(4 * nodes + 16);
  }

  build(xs: Float64Array, ys: Float64Array, mass: Float64Array): void {
    const n = this.order.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      this.order[i] = i;
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    // A little over the extent, so the largest coordinates fall inside the last cells.
    const side = Math.max(maxX - minX, maxY - minY, 1e-9) * (1 + 1e-9);
    this.count = 0;
    this.region(0, n, minX, minY, side, 0, xs, ys, mass);
  }

  /** Adds node i's repulsion from every other node (kr·mᵢ·mⱼ/d, along the line between them) to dx, dy. */
  repel(
    i: number,
    xs: Float64Array,
    ys: Float64Array,
    mass: Float64Array,
    kr: number,
    theta: number,
    dx: Float64Array,
    dy: Float64Array,
  ): void {
    const x = xs[i]!;
    const y = ys[i]!;
    const km = kr * mass[i]!;
    const theta2 = theta * theta;
    const { order, start, end, skip, massX, massY, sideSquared } = this;
    const regionMass = this.mass;
    let fx = 0;
    let fy = 0;
    for (let r = 0; r < this.count;) {
      const first = start[r]!;
      if (first >= 0) {
        for (let k = first; k < end[r]!; k++) {
          const j = order[k]!;
          if (j === i) continue;
          const ex = x - xs[j]!;
          const ey = y - ys[j]!;
          const d2 = ex * ex + ey * ey;
          if (d2 > 0) {
            const f = (km * mass[j]!) / d2;
            fx += ex * f;
            fy += ey * f;
          }
        }
        r = skip[r]!;
        continue;
      }
      const ex = x - massX[r]!;
      const ey = y - massY[r]!;
      const d2 = ex * ex + ey * ey;
      if (sideSquared[r]! < theta2 * d2) {
        // Far enough: the whole region pushes as one body at its centre of mass.
        const f = (km * regionMass[r]!) / d2;
        fx += ex * f;
        fy += ey * f;
        r = skip[r]!;
      } else r++;
    }
    dx[i]! += fx;
    dy[i]! += fy;
  }

  /** Stores the region of the nodes order[lo..hi) in the square at (x0, y0), and its subtree. */
  private region(
    lo: number,
    hi: number,
    x0: number,
    y0: number,
    side: number,
    depth: number,
    xs: Float64Array,
    ys: Float64Array,
    mass: Float64Array,
  ): void {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const r = this.count++;
    this.sideSquared[r] = side * side;
    let m = 0;
    let mx = 0;
    let my = 0;
    if (hi - lo === 1 || depth >= MAX_DEPTH) {
      this.start[r] = lo;
      this.end[r] = hi;
      for (let k = lo; k < hi; k++) {
        const j = this.order[k]!;
        m += mass[j]!;
        mx += xs[j]! * mass[j]!;
        my += ys[j]! * mass[j]!;
      }
    } else {
      this.start[r] = -1;
      const half = side / 2;
      const midX = x0 + half;
      const midY = y0 + half;
      const top = partition(this.order, lo, hi, ys, midY);
      const topRight = partition(this.order, lo, top, xs, midX);
      const bottomRight = partition(this.order, top, hi, xs, midX);
      if (lo < topRight) this.region(lo, topRight, x0, y0, half, depth + 1, xs, ys, mass);
      if (topRight < top) this.region(topRight, top, midX, y0, half, depth + 1, xs, ys, mass);
      if (top < bottomRight) this.region(top, bottomRight, x0, midY, half, depth + 1, xs, ys, mass);
      if (bottomRight < hi) this.region(bottomRight, hi, midX, midY, half, depth + 1, xs, ys, mass);
      // The children follow r, each one's subtree before the next child.
      for (let c = r + 1; c < this.count; c = this.skip[c]!) {
        m += this.mass[c]!;
        mx += this.massX[c]! * this.mass[c]!;
        my += this.massY[c]! * this.mass[c]!;
      }
    }
    this.mass[r] = m;
    this.massX[r] = mx / m;
    this.massY[r] = my / m;
    this.skip[r] = this.count;
  }

  private grow(capacity: number): void {
    const more = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, this.count));
      return b;
    };
    const f64 = (n: number) => new Float64Array(n);
    const i32 = (n: number) => new Int32Array(n);
    this.massX = more(this.massX, f64);
    this.massY = more(this.massY, f64);
    this.mass = more(this.mass, f64);
    this.sideSquared = more(this.sideSquared, f64);
    this.skip = more(this.skip, i32);
    this.start = more(this.start, i32);
    this.end = more(this.end, i32);
    this.capacity = capacity;
  }
}

/** Reorders order[lo..hi) so nodes with coordinate below `mid` come first; returns where the rest begin. */
function partition(order: Int32Array, lo: number, hi: number, coord: Float64Array, mid: number): number {
  let i = lo;
  let j = hi - 1;
  while (i <= j) {
    if (coord[order[i]!]! < mid) i++;
    else {
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
      j--;
    }
  }
  return i;
}
