import { seededRandom } from '../../../lib/seeded-random.js';

/**
 * A seeded Barabási–Albert graph: each new node links to `m` existing nodes chosen with
 * probability proportional to degree (scale-free, ~m edges per node).
 */
export function scaleFreeGraph(
  n: number,
  m = 2,
  seed = 42,
): { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] } {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
  const edges: { id: string; source: string; target: string }[] = [];
  // Every edge end appears once in `ends`, so a uniform pick from it is degree-proportional.
  const ends: number[] = [];
  for (let v = 1; v < n; v++) {
    const targets = new Set<number>();
    const want = Math.min(m, v);
    while (targets.size < want)
      targets.add(
        ends.length && random() > 0.05 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * v),
      );
    for (const t of targets) {
      edges.push({ id: `e${edges.length}`, source: `n${v}`, target: `n${t}` });
      ends.push(v, t);
    }
  }
  return { nodes, edges };
}
