import { describe, expect, test } from 'vitest';
import { measure, ranked } from '../../../lib/graph/centrality.js';
import { edge, nodesOf, path5, star5 } from './fixtures.js';

const values = (m: Map<string, number>) => Object.fromEntries([...m].map(([k, v]) => [k, Number(v.toFixed(6))]));

describe('betweenness', () => {
  test('on a path of five: the middle carries most pairs (values by hand: 3/6, 4/6, 3/6)', () => {
    expect(values(measure('betweenness', path5.nodes, path5.edges))).toEqual({
      a: 0,
      b: 0.5,
      c: 0.666667,
      d: 0.5,
      e: 0,
    });
  });

  test('on a star: the hub is on every leaf-to-leaf path, leaves on none', () => {
    expect(values(measure('betweenness', star5.nodes, star5.edges))).toEqual({ hub: 1, l1: 0, l2: 0, l3: 0, l4: 0 });
  });

  test('direction-aware: a→b→c routes only a to c through b (1 of 2 ordered pairs)', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [edge('a', 'b', { directed: true }), edge('b', 'c', { directed: true })];
    expect(values(measure('betweenness', nodes, edges, { directed: true }))).toEqual({ a: 0, b: 0.5, c: 0 });
    expect(values(measure('betweenness', nodes, edges))).toEqual({ a: 0, b: 1, c: 0 });
  });

  test('weighted: a weak direct link is bypassed through a confident detour', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [
      edge('a', 'b', { confidence: 0.2 }),
      edge('a', 'c', { confidence: 1 }),
      edge('c', 'b', { confidence: 1 }),
    ];
    expect(values(measure('betweenness', nodes, edges, { weighted: true }))).toEqual({ a: 0, b: 0, c: 1 });
    expect(values(measure('betweenness', nodes, edges))).toEqual({ a: 0, b: 0, c: 0 });
  });
});

describe('closeness', () => {
  test('on a path of five: 4/Σd → 4/10, 4/7, 4/6', () => {
    expect(values(measure('closeness', path5.nodes, path5.edges))).toEqual({
      a: 0.4,
      b: 0.571429,
      c: 0.666667,
      d: 0.571429,
      e: 0.4,
    });
  });

  test('on a star: hub 1, each leaf 4/7', () => {
    expect(values(measure('closeness', star5.nodes, star5.edges))).toEqual({
      hub: 1,
      l1: 0.571429,
      l2: 0.571429,
      l3: 0.571429,
      l4: 0.571429,
    });
  });

  test('an isolated node scores 0 and a pair apart from the rest is discounted', () => {
    const m = measure('closeness', nodesOf('a', 'b', 'c', 'd'), [edge('a', 'b')]);
    // r = 2 of n = 4: (1/3) · (1/1)
    expect(values(m)).toEqual({ a: 0.333333, b: 0.333333, c: 0, d: 0 });
  });
});

describe('degree', () => {
  test('on a star: hub 4/4, leaves 1/4; ranked hub first', () => {
    const m = measure('degree', star5.nodes, star5.edges);
    expect(values(m)).toEqual({ hub: 1, l1: 0.25, l2: 0.25, l3: 0.25, l4: 0.25 });
    expect(ranked(m, 2).map((r) => r.id)).toEqual(['hub', 'l1']);
  });

  test('directed in/out degree and parallel links counted once', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [
      edge('a', 'b', { directed: true }),
      edge('a', 'c', { directed: true }),
      { ...edge('a', 'b', { directed: true }), id: 'dup' },
    ];
    expect(values(measure('degree', nodes, edges, { directed: true, degreeMode: 'out' }))).toEqual({
      a: 1,
      b: 0,
      c: 0,
    });
    expect(values(measure('degree', nodes, edges, { directed: true, degreeMode: 'in' }))).toEqual({
      a: 0,
      b: 0.5,
      c: 0.5,
    });
    expect(values(measure('degree', nodes, edges))).toEqual({ a: 1, b: 0.5, c: 0.5 });
  });

  test('weighted degree sums confidence', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [edge('a', 'b', { confidence: 0.5 }), edge('a', 'c', { confidence: 0.3 })];
    expect(values(measure('degree', nodes, edges, { weighted: true }))).toEqual({ a: 0.4, b: 0.25, c: 0.15 });
  });
});

describe('eigenvector', () => {
  test('on a star the hub scores √k times a leaf (unit norm: 2/√8 and 1/√8)', () => {
    const m = measure('eigenvector', star5.nodes, star5.edges);
    expect(m.get('hub')).toBeCloseTo(2 / Math.sqrt(8), 6);
    expect(m.get('l1')).toBeCloseTo(1 / Math.sqrt(8), 6);
  });

  test('on a path of three: leaves 1/2, middle √2/2', () => {
    const m = measure('eigenvector', nodesOf('a', 'b', 'c'), [edge('a', 'b'), edge('b', 'c')]);
    expect(m.get('a')).toBeCloseTo(0.5, 6);
    expect(m.get('b')).toBeCloseTo(Math.SQRT2 / 2, 6);
  });
});
