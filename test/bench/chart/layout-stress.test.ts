import { describe, expect, it } from 'vitest';
import { normalisedStress } from './layout-stress.js';

const path = (n: number) => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}` })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` })),
});

describe('normalised stress', () => {
  it('is 0 for a path drawn to scale at any size, and grows as the drawing strays from the graph', () => {
    const { nodes, edges } = path(20);
    const line = (step: number) => Float64Array.from(nodes, (_, i) => i * step);
    const zeros = new Float64Array(20);
    expect(normalisedStress(nodes, edges, line(37), zeros)).toBeCloseTo(0, 10);
    // Folded in two: the ends drawn next to each other although 19 hops apart.
    const folded = Float64Array.from(nodes, (_, i) => (i < 10 ? i : 19 - i) * 37);
    const rows = Float64Array.from(nodes, (_, i) => (i < 10 ? 0 : 37));
    const stress = normalisedStress(nodes, edges, folded, rows);
    expect(stress).toBeGreaterThan(0.1);
    // Scrambled: worse still.
    const scrambled = Float64Array.from(nodes, (_, i) => ((i * 7) % 20) * 37);
    expect(normalisedStress(nodes, edges, scrambled, zeros)).toBeGreaterThan(stress);
  });
});
