import { describe, expect, test } from 'vitest';
import { BarnesHutTree } from '../../../../../renderer/src/chart/layout/barnes-hut.js';
import { forceAtlas2, type ForceAtlasSettings } from '../../../../../renderer/src/chart/layout/force-atlas.js';
import { seededRandom } from '../../../../../lib/seeded-random.js';
import { normalisedStress } from '../../../../bench/chart/layout-stress.js';
import { scaleFreeGraph } from '../../../../bench/chart/scale-free.js';

function scatter(n: number, seed = 3) {
  const random = seededRandom(seed);
  const xs = Float64Array.from({ length: n }, () => (random() - 0.5) * 1000);
  const ys = Float64Array.from({ length: n }, () => (random() - 0.5) * 1000);
  const mass = Float64Array.from({ length: n }, () => 1 + Math.floor(random() * 5));
  return { xs, ys, mass };
}

/** Node i's repulsion from every other node, pair by pair. */
function exactRepulsion(i: number, xs: Float64Array, ys: Float64Array, mass: Float64Array): [number, number] {
  let fx = 0;
  let fy = 0;
  for (let j = 0; j < xs.length; j++) {
    if (j === i) continue;
    const ex = xs[i]! - xs[j]!;
    const ey = ys[i]! - ys[j]!;
    const f = (10 * mass[i]! * mass[j]!) / (ex * ex + ey * ey);
    fx += ex * f;
    fy += ey * f;
  }
  return [fx, fy];
}

const settings = (n: number, iterations: number): ForceAtlasSettings => ({
  iterations,
  scalingRatio: 10,
  gravity: 0.05,
  strongGravity: true,
  slowDown: 1 + 0.3 * Math.log(n),
  theta: 1.2,
});

describe('Barnes–Hut repulsion', () => {
  test('with θ = 0 it is the exact sum over every pair; with θ = 1.2 within a few per cent of it', () => {
    const { xs, ys, mass } = scatter(2000);
    const tree = new BarnesHutTree(2000);
    tree.build(xs, ys, mass);
    const errors: number[] = [];
    for (const i of [0, 7, 500, 1234, 1999]) {
      const [ex, ey] = exactRepulsion(i, xs, ys, mass);
      const exact = { dx: new Float64Array(2000), dy: new Float64Array(2000) };
      tree.repel(i, xs, ys, mass, 10, 0, exact.dx, exact.dy);
      expect(exact.dx[i]).toBeCloseTo(ex, 6);
      expect(exact.dy[i]).toBeCloseTo(ey, 6);
      const near = { dx: new Float64Array(2000), dy: new Float64Array(2000) };
      tree.repel(i, xs, ys, mass, 10, 1.2, near.dx, near.dy);
      errors.push(Math.hypot(near.dx[i]! - ex, near.dy[i]! - ey) / Math.hypot(ex, ey));
    }
    expect(Math.max(...errors)).toBeLessThan(0.1);
    expect(Math.max(...errors)).toBeGreaterThan(0);
  });

  test('nodes on one spot end in one leaf instead of splitting cells for ever', () => {
    const xs = new Float64Array([5, 5, 5, 5, 100]);
    const ys = new Float64Array([5, 5, 5, 5, -40]);
    const mass = new Float64Array(5).fill(1);
    const tree = new BarnesHutTree(5);
    tree.build(xs, ys, mass);
    const dx = new Float64Array(5);
    const dy = new Float64Array(5);
    tree.repel(0, xs, ys, mass, 10, 0, dx, dy);
    // Only the distinct node pushes: the three on the same spot have no direction to push in.
    expect(dx[0]).toBeCloseTo(exactRepulsionFrom(4), 9);
    function exactRepulsionFrom(j: number) {
      const ex = xs[0]! - xs[j]!;
      const ey = ys[0]! - ys[j]!;
      return (ex * 10) / (ex * ex + ey * ey);
    }
  });
});

describe('ForceAtlas2', () => {
  test('fixed nodes stay put; free ones move to their neighbours', () => {
    const xs = new Float64Array([0, 300, -200, 900]);
    const ys = new Float64Array([0, 0, 400, -900]);
    const fixed = new Uint8Array([1, 0, 0, 0]);
    const edges = {
      source: Int32Array.from([0, 0]),
      target: Int32Array.from([1, 2]),
      weight: Float64Array.from([1, 1]),
    };
    forceAtlas2(xs, ys, fixed, edges, settings(4, 200));
    expect([xs[0], ys[0]]).toEqual([0, 0]);
    const from0 = (i: number) => Math.hypot(xs[i]!, ys[i]!);
    // The linked nodes end nearer node 0 than they started, and nearer than the loose one.
    expect(from0(1)).toBeLessThan(300);
    expect(from0(2)).toBeLessThan(Math.hypot(200, 400));
    expect(Math.max(from0(1), from0(2))).toBeLessThan(from0(3));
  });

  test('on a 2,000-node scale-free graph it draws graph distances about as well as a careful layout', () => {
    const g = scaleFreeGraph(2000);
    const index = new Map(g.nodes.map((v, i) => [v.id, i]));
    const random = seededRandom(7);
    const xs = Float64Array.from(g.nodes, () => (random() - 0.5) * 450);
    const ys = Float64Array.from(g.nodes, () => (random() - 0.5) * 450);
    const start = normalisedStress(g.nodes, g.edges, xs, ys);
    forceAtlas2(
      xs,
      ys,
      new Uint8Array(2000),
      {
        source: Int32Array.from(g.edges, (e) => index.get(e.source)!),
        target: Int32Array.from(g.edges, (e) => index.get(e.target)!),
        weight: new Float64Array(g.edges.length).fill(1),
      },
      settings(2000, 100),
    );
    expect([...xs, ...ys].every(Number.isFinite)).toBe(true);
    // graphology's ForceAtlas2 with the same settings reached 0.18–0.19 on these graphs.
    const stress = normalisedStress(g.nodes, g.edges, xs, ys);
    expect(start).toBeGreaterThan(0.25);
    expect(stress).toBeLessThan(0.2);
  });
});
