import { describe, expect, test } from 'vitest';
import { countBoxOverlaps } from '../../../../../renderer/src/chart/layout/box-overlap.js';
import { components } from '../../../../../renderer/src/chart/layout/pack-components.js';
import { runLayout } from '../../../../../renderer/src/chart/layout/run-layout.js';
import type { LayoutName, LayoutRequest } from '../../../../../renderer/src/chart/layout/types.js';
import { scaleFreeGraph } from '../../../../bench/chart/scale-free.js';

/** Boxes as the chart measures them: a 34 px node with a label 40–150 px wide hanging under it. */
function labelBoxes(n: number) {
  const halfWidth = Array.from({ length: n }, (_, i) => Math.max(17, (40 + ((i * 37) % 110)) / 2));
  const up = Array.from({ length: n }, () => 17);
  const down = Array.from({ length: n }, (_, i) => 17 + 4 + (i % 3 === 0 ? 30 : 15));
  return { halfWidth, up, down };
}

/** Several components: a scale-free core plus small stars and pairs, as real charts have. */
function scattered(n: number): Pick<LayoutRequest, 'nodes' | 'edges'> {
  const g = scaleFreeGraph(n);
  const nodes = [...g.nodes];
  const edges = [...g.edges];
  for (let c = 0; c < 8; c++) {
    const hub = `s${c}`;
    nodes.push({ id: hub });
    for (let k = 0; k < c % 4; k++) {
      nodes.push({ id: `s${c}-${k}` });
      edges.push({ id: `s${c}e${k}`, source: hub, target: `s${c}-${k}` });
    }
  }
  return { nodes, edges };
}

describe('node and label boxes never overlap after a layout', () => {
  const layouts: LayoutName[] = ['force', 'hierarchy', 'circle', 'concentric', 'grid'];
  for (const name of layouts) {
    test(`${name}: 300 nodes with labels, 0 overlapping boxes`, () => {
      const g = scattered(280);
      const boxes = labelBoxes(g.nodes.length);
      const r = runLayout({
        name,
        ...g,
        nodeSize: 34,
        boxes,
        values: Object.fromEntries(g.nodes.map((v, i) => [v.id, i % 7])),
      });
      expect([...r.xs, ...r.ys].every(Number.isFinite)).toBe(true);
      expect(countBoxOverlaps(r.xs, r.ys, boxes)).toBe(0);
    });
  }

  test('without the box pass the same force layout leaves label overlaps (the test can fail)', () => {
    const g = scattered(280);
    const boxes = labelBoxes(g.nodes.length);
    const r = runLayout({ name: 'force', ...g, nodeSize: 34 });
    expect(countBoxOverlaps(r.xs, r.ys, boxes)).toBeGreaterThan(0);
  });

  test('pinned nodes stay put while the rest make room', () => {
    const g = scattered(100);
    const boxes = labelBoxes(g.nodes.length);
    const nodes = g.nodes.map((v, i) => (i < 5 ? { ...v, x: i * 10, y: 0, fixed: true } : v));
    const r = runLayout({ name: 'force', nodes, edges: g.edges, nodeSize: 34, boxes });
    for (let i = 0; i < 5; i++) expect([r.xs[i], r.ys[i]]).toEqual([i * 10, 0]);
  });
});

describe('disconnected components are packed, largest first', () => {
  test('the chart is one compact block, the largest component at its top left', () => {
    const g = scattered(120);
    const boxes = labelBoxes(g.nodes.length);
    const r = runLayout({ name: 'force', ...g, nodeSize: 34, boxes, aspect: 1.6 });
    const index = new Map(g.nodes.map((v, i) => [v.id, i]));
    const comps = components(
      g.nodes.length,
      g.edges.map((e) => [index.get(e.source)!, index.get(e.target)!] as const),
    ).sort((a, b) => b.length - a.length);
    const bbox = (members: number[]) => ({
      x1: Math.min(...members.map((i) => r.xs[i]! - boxes.halfWidth[i]!)),
      y1: Math.min(...members.map((i) => r.ys[i]! - boxes.up[i]!)),
      x2: Math.max(...members.map((i) => r.xs[i]! + boxes.halfWidth[i]!)),
      y2: Math.max(...members.map((i) => r.ys[i]! + boxes.down[i]!)),
    });
    const all = bbox(g.nodes.map((_, i) => i));
    const largest = bbox(comps[0]!);
    expect(largest.x1).toBeCloseTo(all.x1, 5);
    expect(largest.y1).toBeCloseTo(all.y1, 5);
    // Every component's box is disjoint from the others'.
    const rects = comps.map(bbox);
    for (let a = 0; a < rects.length; a++)
      for (let b = a + 1; b < rects.length; b++) {
        const [p, q] = [rects[a]!, rects[b]!];
        expect(p.x2 <= q.x1 || q.x2 <= p.x1 || p.y2 <= q.y1 || q.y2 <= p.y1).toBe(true);
      }
    // Compact: the packed block is no more than twice the area of its parts.
    const parts = rects.reduce((s, q) => s + (q.x2 - q.x1) * (q.y2 - q.y1), 0);
    expect((all.x2 - all.x1) * (all.y2 - all.y1)).toBeLessThan(parts * 2.2);
  });
});

describe('overlapping boxes are all found, however the layout is spread', () => {
  /** Every pair compared: what the grid must agree with. */
  function bruteForce(xs: number[], ys: number[], b: ReturnType<typeof labelBoxes>, gap: number): number {
    let count = 0;
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) {
        const ox = b.halfWidth[i]! + b.halfWidth[j]! + gap - Math.abs(xs[j]! - xs[i]!);
        const down = ys[i]! + b.down[i]! - (ys[j]! - b.up[j]!) + gap;
        const up = ys[j]! + b.down[j]! - (ys[i]! - b.up[i]!) + gap;
        if (ox > 0 && down > 0 && up > 0) count++;
      }
    return count;
  }
  const n = 400;
  const boxes = labelBoxes(n);
  const xs = Array.from({ length: n }, (_, i) => ((i * 7919) % 1200) - 600);
  const ys = Array.from({ length: n }, (_, i) => ((i * 104729) % 900) - 450);
  test('a dense layout (the grid in typed arrays)', () => {
    const expected = bruteForce(xs, ys, boxes, 4);
    expect(expected).toBeGreaterThan(50);
    expect(countBoxOverlaps(xs, ys, boxes, 4)).toBe(expected);
  });
  test('a layout with far outliers (the grid of occupied cells only)', () => {
    const far = [...xs];
    far[0] = 5e6;
    far[1] = -5e6 + 30;
    const wide = [...ys];
    wide[2] = 4e6;
    const expected = bruteForce(far, wide, boxes, 4);
    expect(expected).toBeGreaterThan(50);
    expect(countBoxOverlaps(far, wide, boxes, 4)).toBe(expected);
  });
});
