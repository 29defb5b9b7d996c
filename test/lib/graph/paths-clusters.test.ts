import { describe, expect, test } from 'vitest';
import { connectedComponents, louvainClusters } from '../../../lib/graph/clusters.js';
import { neighbourhood } from '../../../lib/graph/neighbourhood.js';
import { shortestPath } from '../../../lib/graph/shortest-path.js';
import { edge, nodesOf, path5 } from './fixtures.js';

describe('shortest path', () => {
  test('along a path, with the links walked', () => {
    expect(shortestPath(path5.nodes, path5.edges, 'a', 'd')).toEqual({
      nodes: ['a', 'b', 'c', 'd'],
      edges: ['a-b', 'b-c', 'c-d'],
      cost: 3,
    });
    expect(shortestPath(path5.nodes, path5.edges, 'c', 'c')).toEqual({ nodes: ['c'], edges: [], cost: 0 });
  });

  test('direction constraint: against the arrows there is no path', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [edge('a', 'b', { directed: true }), edge('b', 'c', { directed: true })];
    expect(shortestPath(nodes, edges, 'c', 'a', { directed: true })).toBeNull();
    expect(shortestPath(nodes, edges, 'a', 'c', { directed: true })?.nodes).toEqual(['a', 'b', 'c']);
    expect(shortestPath(nodes, edges, 'c', 'a')?.nodes).toEqual(['c', 'b', 'a']);
  });

  test('link-type constraint takes the longer route over allowed links', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [
      edge('a', 'c', { type: 'family' }),
      edge('a', 'b', { type: 'employs' }),
      edge('b', 'c', { type: 'employs' }),
    ];
    expect(shortestPath(nodes, edges, 'a', 'c')?.nodes).toEqual(['a', 'c']);
    expect(shortestPath(nodes, edges, 'a', 'c', { linkTypes: ['employs'] })?.nodes).toEqual(['a', 'b', 'c']);
    expect(shortestPath(nodes, edges, 'a', 'c', { linkTypes: ['owns'] })).toBeNull();
  });

  test('weighted prefers confident links', () => {
    const nodes = nodesOf('a', 'b', 'c');
    const edges = [
      edge('a', 'b', { confidence: 0.2 }),
      edge('a', 'c', { confidence: 1 }),
      edge('c', 'b', { confidence: 1 }),
    ];
    expect(shortestPath(nodes, edges, 'a', 'b', { weighted: true })).toEqual({
      nodes: ['a', 'c', 'b'],
      edges: ['a-c', 'c-b'],
      cost: 2,
    });
  });

  test('unknown nodes give no path', () => {
    expect(shortestPath(path5.nodes, path5.edges, 'a', 'zz')).toBeNull();
  });
});

describe('components and clusters', () => {
  test('components numbered largest first', () => {
    const nodes = nodesOf('x', 'a', 'b', 'c', 'd', 'e', 'f', 'g');
    const edges = [edge('a', 'b'), edge('b', 'c'), edge('d', 'e'), edge('e', 'f'), edge('f', 'g')];
    const c = Object.fromEntries(connectedComponents(nodes, edges));
    expect(c).toEqual({ d: 0, e: 0, f: 0, g: 0, a: 1, b: 1, c: 1, x: 2 });
  });

  test('Louvain splits two cliques joined by one link, the same way every run', () => {
    const left = ['a', 'b', 'c', 'd'];
    const right = ['w', 'x', 'y', 'z'];
    const clique = (ids: string[]) => ids.flatMap((s, i) => ids.slice(i + 1).map((t) => edge(s, t)));
    const nodes = nodesOf(...left, ...right);
    const edges = [...clique(left), ...clique(right), edge('d', 'w')];
    const c = louvainClusters(nodes, edges);
    expect(new Set(left.map((id) => c.get(id))).size).toBe(1);
    expect(new Set(right.map((id) => c.get(id))).size).toBe(1);
    expect(c.get('a')).not.toBe(c.get('z'));
    expect([...louvainClusters(nodes, edges)]).toEqual([...c]);
  });
});

describe('neighbourhood', () => {
  test('one and two hops from the middle of a path', () => {
    expect([...neighbourhood(path5.edges, ['c']).nodes].sort()).toEqual(['b', 'c', 'd']);
    const two = neighbourhood(path5.edges, ['c'], { hops: 2 });
    expect([...two.nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(two.edges.size).toBe(4);
  });

  test('by link type and by direction', () => {
    const edges = [
      edge('a', 'b', { type: 'owns', directed: true }),
      edge('c', 'a', { type: 'owns', directed: true }),
      edge('a', 'd', { type: 'knows' }),
    ];
    expect([...neighbourhood(edges, ['a'], { linkTypes: ['owns'] }).nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(edges, ['a'], { linkTypes: ['owns'], direction: 'out' }).nodes].sort()).toEqual([
      'a',
      'b',
    ]);
  });
});
