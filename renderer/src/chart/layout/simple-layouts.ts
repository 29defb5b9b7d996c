import { DEFAULT_NODE_SIZE, type LayoutRequest } from './types.js';

/** Circle, concentric rings by a measure, and grid: closed-form placements, spaced for the node size. */
export function circleLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  const n = req.nodes.length;
  const gap = (req.nodeSize ?? DEFAULT_NODE_SIZE) * 1.6;
  const r = n > 1 ? Math.max(gap, (n * gap) / (2 * Math.PI)) : 0;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n - Math.PI / 2;
    xs[i] = r * Math.cos(a);
    ys[i] = r * Math.sin(a);
  }
  return { xs, ys };
}

/** Highest values in the middle; each ring holds as many nodes as fit on its circumference. */
export function concentricLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  const n = req.nodes.length;
  const gap = (req.nodeSize ?? DEFAULT_NODE_SIZE) * 1.6;
  const value = (i: number) => req.values?.[req.nodes[i]!.id] ?? 0;
  const order = [...Array(n).keys()].sort((a, b) => value(b) - value(a) || a - b);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let k = 0;
  for (let ring = 0; k < n; ring++) {
    const r = ring * gap * 1.5;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * r) / gap);
    const count = Math.min(capacity, n - k);
    for (let j = 0; j < count; j++, k++) {
      const a = (2 * Math.PI * j) / count - Math.PI / 2;
      xs[order[k]!] = r * Math.cos(a);
      ys[order[k]!] = r * Math.sin(a);
    }
  }
  return { xs, ys };
}

export function gridLayout(req: LayoutRequest): { xs: Float64Array; ys: Float64Array } {
  const n = req.nodes.length;
  const gap = (req.nodeSize ?? DEFAULT_NODE_SIZE) * 2.5;
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = (i % cols) * gap;
    ys[i] = Math.floor(i / cols) * gap;
  }
  return { xs, ys };
}
