import { describe, expect, test } from 'vitest';
import { countOverlaps } from '../../../../../renderer/src/chart/layout/overlap.js';
import { runLayout } from '../../../../../renderer/src/chart/layout/run-layout.js';
import type { LayoutName, LayoutRequest } from '../../../../../renderer/src/chart/layout/types.js';
import { scaleFreeGraph } from '../../../../bench/chart/scale-free.js';

const SIZE = 30;

describe('force layout', () => {
  test('a 1,000-node scale-free graph: finite positions, no overlapping nodes, neighbours closer than strangers', () => {
    const g = scaleFreeGraph(1000);
    const r = runLayout({ name: 'force', nodes: g.nodes, edges: g.edges, nodeSize: SIZE });
    expect(r.ids).toHaveLength(1000);
    expect([...r.xs, ...r.ys].every(Number.isFinite)).toBe(true);
    expect(countOverlaps(r.xs, r.ys, SIZE)).toBe(0);
    const at = new Map(r.ids.map((id, i) => [id, i]));
    const dist = (a: number, b: number) => Math.hypot(r.xs[a]! - r.xs[b]!, r.ys[a]! - r.ys[b]!);
    const linked = g.edges.reduce((s, e) => s + dist(at.get(e.source)!, at.get(e.target)!), 0) / g.edges.length;
    let random = 0;
    for (let i = 0; i < 1000; i++) random += dist(i, (i * 389 + 17) % 1000);
    expect(linked).toBeLessThan((random / 1000) * 0.5);
  });

  test('the same request lays out the same way', () => {
    const g = scaleFreeGraph(200);
    const a = runLayout({ name: 'force', nodes: g.nodes, edges: g.edges });
    const b = runLayout({ name: 'force', nodes: g.nodes, edges: g.edges });
    // noverlap jitters with Math.random; positions agree to well under a node width.
    for (let i = 0; i < 200; i++) expect(Math.abs(a.xs[i]! - b.xs[i]!)).toBeLessThan(SIZE);
  });
});

describe('incremental placement', () => {
  test('old nodes never move, new ones land near their neighbours, nothing overlaps', () => {
    // Over four charts: on any one, a few new nodes whose neighbours sit in a dense knot land
    // far out, and the mean moves with the force layout that placed the old nodes.
    const ratios = [42, 1, 2, 3].map((seed) => {
      const g = scaleFreeGraph(600, 2, seed);
      const first = runLayout({ name: 'force', nodes: g.nodes.slice(0, 550), edges: g.edges, nodeSize: SIZE });
      const nodes = g.nodes.map((v, i) =>
        i < 550 ? { ...v, x: first.xs[i]!, y: first.ys[i]!, fixed: true } : { ...v },
      );
      const r = runLayout({ name: 'incremental', nodes, edges: g.edges, nodeSize: SIZE });
      for (let i = 0; i < 550; i++) {
        expect(r.xs[i]).toBe(first.xs[i]);
        expect(r.ys[i]).toBe(first.ys[i]);
      }
      expect(countOverlaps(r.xs, r.ys, SIZE)).toBe(0);
      // Each new node sits close to the centre of its neighbours (where a force layout would put
      // it), far closer than two old nodes sit on average.
      const at = new Map(r.ids.map((id, i) => [id, i]));
      const nbrs = new Map<number, number[]>();
      for (const e of g.edges) {
        const [s, t] = [at.get(e.source)!, at.get(e.target)!];
        if (s >= 550) nbrs.set(s, [...(nbrs.get(s) ?? []), t]);
        if (t >= 550) nbrs.set(t, [...(nbrs.get(t) ?? []), s]);
      }
      const offsets = [...nbrs].map(([v, ns]) => {
        const cx = ns.reduce((x, u) => x + r.xs[u]!, 0) / ns.length;
        const cy = ns.reduce((x, u) => x + r.ys[u]!, 0) / ns.length;
        return Math.hypot(r.xs[v]! - cx, r.ys[v]! - cy);
      });
      let spread = 0;
      for (let i = 0; i < 550; i++)
        spread += Math.hypot(r.xs[i]! - r.xs[(i * 389 + 17) % 550]!, r.ys[i]! - r.ys[(i * 389 + 17) % 550]!);
      expect(offsets.length).toBe(50);
      return offsets.reduce((x, y) => x + y, 0) / offsets.length / (spread / 550);
    });
    expect(ratios.reduce((x, y) => x + y, 0) / ratios.length).toBeLessThan(0.2);
  });

  test('a node with no link to the chart goes beside it', () => {
    const r = runLayout({
      name: 'incremental',
      nodes: [{ id: 'a', x: 0, y: 0, fixed: true }, { id: 'b', x: 100, y: 0, fixed: true }, { id: 'c' }],
      edges: [],
    });
    expect(r.xs[2]).toBeGreaterThan(100);
  });
});

describe('other layouts', () => {
  const g = scaleFreeGraph(120);
  const names: LayoutName[] = ['hierarchy', 'circle', 'concentric', 'grid', 'fcose'];
  test.each(names)('%s: every node placed, none on top of another', (name) => {
    const r = runLayout({ name, nodes: g.nodes, edges: g.edges, nodeSize: SIZE, values: { n0: 10, n1: 5 } });
    expect([...r.xs, ...r.ys].every(Number.isFinite)).toBe(true);
    if (name !== 'fcose') expect(countOverlaps(r.xs, r.ys, SIZE)).toBe(0);
  });

  test('concentric puts the highest value in the centre', () => {
    const r = runLayout({ name: 'concentric', nodes: g.nodes, edges: [], values: { n7: 100 } });
    const i = r.ids.indexOf('n7');
    expect(Math.hypot(r.xs[i]!, r.ys[i]!)).toBe(0);
  });

  test('hierarchy: a directed chain runs down in layers, children below parents', () => {
    const req: LayoutRequest = {
      name: 'hierarchy',
      nodes: [{ id: 'boss' }, { id: 'a' }, { id: 'b' }, { id: 'c' }],
      edges: [
        { source: 'boss', target: 'a', directed: true },
        { source: 'boss', target: 'b', directed: true },
        { source: 'a', target: 'c', directed: true },
      ],
    };
    const r = runLayout(req);
    const y = (id: string) => r.ys[r.ids.indexOf(id)]!;
    expect(y('boss')).toBeLessThan(y('a'));
    expect(y('a')).toBe(y('b'));
    expect(y('c')).toBeGreaterThan(y('a'));
  });

  test('locked nodes keep their place in every layout', () => {
    const nodes = g.nodes.map((v, i) => (i === 3 ? { ...v, x: 1234, y: -55, fixed: true } : v));
    for (const name of ['grid', 'circle', 'hierarchy'] as const) {
      const r = runLayout({ name, nodes, edges: g.edges });
      expect([r.xs[3], r.ys[3]]).toEqual([1234, -55]);
    }
  });
});
