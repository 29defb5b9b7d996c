import type { LayoutEdge, LayoutName, LayoutNode, LayoutRequest } from './types.js';

/**
 * A layout request as typed arrays, so posting it to the worker copies a few buffers instead
 * of structured-cloning tens of thousands of small objects on the UI thread (at 20,000 nodes
 * that clone alone blocked the page for hundreds of milliseconds).
 */
export interface PackedRequest {
  name: LayoutName;
  nodeSize?: number;
  iterations?: number;
  seed?: number;
  values?: Record<string, number>;
  ids: string[];
  /** NaN where a node has no position yet. */
  xs: Float64Array;
  ys: Float64Array;
  fixed: Uint8Array;
  parents: (string | null)[] | null;
  /** Edge ends as node indices; edges to unknown nodes are dropped when packing. */
  sources: Uint32Array;
  targets: Uint32Array;
  directed: Uint8Array;
  weights: Float32Array;
  /** Box sizes by node index (see LayoutRequest.boxes), or null. */
  halfWidths: Float32Array | null;
  ups: Float32Array | null;
  downs: Float32Array | null;
  aspect?: number;
}

export function packRequest(req: LayoutRequest): { packed: PackedRequest; transfer: ArrayBuffer[] } {
  const n = req.nodes.length;
  const index = new Map<string, number>();
  const ids = new Array<string>(n);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const fixed = new Uint8Array(n);
  let anyParent = false;
  req.nodes.forEach((v, i) => {
    ids[i] = v.id;
    index.set(v.id, i);
    xs[i] = v.x ?? Number.NaN;
    ys[i] = v.y ?? Number.NaN;
    fixed[i] = v.fixed ? 1 : 0;
    if (v.parent) anyParent = true;
  });
  const kept = req.edges.filter((e) => index.has(e.source) && index.has(e.target));
  const sources = new Uint32Array(kept.length);
  const targets = new Uint32Array(kept.length);
  const directed = new Uint8Array(kept.length);
  const weights = new Float32Array(kept.length);
  kept.forEach((e, i) => {
    sources[i] = index.get(e.source)!;
    targets[i] = index.get(e.target)!;
    directed[i] = e.directed ? 1 : 0;
    weights[i] = e.weight ?? 1;
  });
  const boxes = req.boxes;
  const halfWidths = boxes ? Float32Array.from(boxes.halfWidth) : null;
  const ups = boxes ? Float32Array.from(boxes.up) : null;
  const downs = boxes ? Float32Array.from(boxes.down) : null;
  const packed: PackedRequest = {
    name: req.name,
    ids,
    xs,
    ys,
    fixed,
    sources,
    targets,
    directed,
    weights,
    halfWidths,
    ups,
    downs,
    ...(req.aspect !== undefined ? { aspect: req.aspect } : {}),
    parents: anyParent ? req.nodes.map((v) => v.parent ?? null) : null,
    ...(req.nodeSize !== undefined ? { nodeSize: req.nodeSize } : {}),
    ...(req.iterations !== undefined ? { iterations: req.iterations } : {}),
    ...(req.seed !== undefined ? { seed: req.seed } : {}),
    ...(req.values ? { values: req.values } : {}),
  };
  const boxBuffers = halfWidths && ups && downs ? [halfWidths.buffer, ups.buffer, downs.buffer] : [];
  return {
    packed,
    transfer: [
      xs.buffer,
      ys.buffer,
      fixed.buffer,
      sources.buffer,
      targets.buffer,
      directed.buffer,
      weights.buffer,
      ...boxBuffers,
    ],
  };
}

export function unpackRequest(p: PackedRequest): LayoutRequest {
  const nodes: LayoutNode[] = p.ids.map((id, i) => {
    const v: LayoutNode = { id };
    if (!Number.isNaN(p.xs[i]!)) v.x = p.xs[i]!;
    if (!Number.isNaN(p.ys[i]!)) v.y = p.ys[i]!;
    if (p.fixed[i]) v.fixed = true;
    if (p.parents?.[i]) v.parent = p.parents[i]!;
    return v;
  });
  const edges: LayoutEdge[] = Array.from(p.sources, (s, i) => ({
    source: p.ids[s]!,
    target: p.ids[p.targets[i]!]!,
    directed: p.directed[i] === 1,
    weight: p.weights[i]!,
  }));
  return {
    name: p.name,
    nodes,
    edges,
    ...(p.nodeSize !== undefined ? { nodeSize: p.nodeSize } : {}),
    ...(p.iterations !== undefined ? { iterations: p.iterations } : {}),
    ...(p.seed !== undefined ? { seed: p.seed } : {}),
    ...(p.values ? { values: p.values } : {}),
    ...(p.halfWidths && p.ups && p.downs ? { boxes: { halfWidth: p.halfWidths, up: p.ups, down: p.downs } } : {}),
    ...(p.aspect !== undefined ? { aspect: p.aspect } : {}),
  };
}
