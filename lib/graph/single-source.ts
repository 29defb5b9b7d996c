import { arcCost, type IndexedGraph } from './indexed-graph.js';
import { MinHeap } from './min-heap.js';

/** Shortest-path distances, path counts and predecessors from one node (Brandes' first phase). */
export interface SingleSource {
  /** Nodes in the order they were settled (non-decreasing distance). */
  order: number[];
  dist: Float64Array;
  /** Number of shortest paths from the source. */
  sigma: Float64Array;
  preds: number[][];
}

// Weighted path lengths are sums of 1/confidence: compare them with a tolerance.
const EPS = 1e-9;

export function singleSource(graph: IndexedGraph, source: number, weighted?: boolean): SingleSource {
  const n = graph.ids.length;
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  dist[source] = 0;
  sigma[source] = 1;
  if (!weighted) {
    const queue = [source];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      order.push(v);
      for (const arc of graph.out[v]!) {
        const w = arc.to;
        if (dist[w] === Infinity) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w] = sigma[w]! + sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    return { order, dist, sigma, preds };
  }
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  heap.push(0, source);
  while (heap.size) {
    const [d, v] = heap.pop();
    if (done[v] || d > dist[v]! + EPS) continue;
    done[v] = 1;
    order.push(v);
    for (const arc of graph.out[v]!) {
      const w = arc.to;
      const nd = dist[v]! + arcCost(arc, true);
      if (nd < dist[w]! - EPS) {
        dist[w] = nd;
        sigma[w] = sigma[v]!;
        preds[w] = [v];
        heap.push(nd, w);
      } else if (Math.abs(nd - dist[w]!) <= EPS && !done[w]) {
        sigma[w] = sigma[w]! + sigma[v]!;
        preds[w]!.push(v);
      }
    }
  }
  return { order, dist, sigma, preds };
}
