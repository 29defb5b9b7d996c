import { describe, expect, it } from 'vitest';
import type { ChartData, ChartEdge, ChartNode } from '../../../../preload/contract/chart.js';
import { runLayout } from '../../../../renderer/src/chart/layout/run-layout.js';
import { seedLayoutRequest, withPositions } from '../../../../renderer/src/chart/seed-layout.js';

const node = (id: string, label: string): ChartNode => ({
  id,
  kind: 'entity',
  type: 'person',
  label,
  status: 'confirmed',
  mentions: 0,
  reliability: null,
  startAt: null,
  endAt: null,
  precision: null,
  knownFrom: null,
  properties: {},
});
const edge = (id: string, source: string, target: string): ChartEdge => ({
  id,
  kind: 'link',
  source,
  target,
  type: 'associate',
  directed: true,
  confidence: 0.5,
  credibility: null,
  reliability: null,
  status: 'confirmed',
  firstSeen: null,
  lastSeen: null,
  knownFrom: null,
  citations: 0,
});

/** Labels measured at 6.5 px a character: enough to tell a long name from a short one. */
const LABEL = { text: (n: ChartNode) => n.label, width: (t: string) => t.length * 6.5 };

function chart(): ChartData {
  return {
    chart: { id: 'c', name: 'c', nodes: 4, modifiedAt: '' },
    viewport: null,
    settings: { needsLayout: true },
    nodes: [
      node('a', 'Ana'),
      node('b', 'Boris Petrov of Kessa Shipping Holdings Ltd'),
      node('h', 'Hidden'),
      node('p', 'Pinned'),
    ],
    edges: [edge('ab', 'a', 'b'), edge('ah', 'a', 'h'), edge('bp', 'b', 'p')],
    placements: [
      { subjectId: 'a', x: 1, y: 1, locked: false, hidden: false, groupId: null, style: {} },
      { subjectId: 'b', x: 2, y: 2, locked: false, hidden: false, groupId: null, style: {} },
      { subjectId: 'h', x: 3, y: 3, locked: false, hidden: true, groupId: null, style: {} },
      { subjectId: 'p', x: 500, y: -40, locked: true, hidden: false, groupId: null, style: {} },
    ],
  };
}

describe('the layout of a chart seeded from the case, before it is drawn', () => {
  it('leaves hidden nodes and their edges out, keeps pinned nodes where they are, and sizes boxes by label', () => {
    const request = seedLayoutRequest(chart(), 1.5, LABEL);
    expect(request.nodes.map((n) => n.id)).toEqual(['a', 'b', 'p']);
    expect(request.nodes[2]).toMatchObject({ x: 500, y: -40, fixed: true });
    expect(request.nodes[0]!.x).toBeUndefined();
    expect(request.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['a-b', 'b-p']);
    const { halfWidth, down, up } = request.boxes!;
    // The long name wraps to more lines and is wider than the short one; nothing is smaller than the node.
    expect(halfWidth[1]).toBeGreaterThan(halfWidth[0]!);
    expect(down[1]).toBeGreaterThan(down[0]!);
    expect(Math.min(...Array.from(up))).toBeGreaterThanOrEqual(17);
  });

  it('gives positions that the drawing takes over, pinned ones untouched and no two boxes overlapping', () => {
    const data = chart();
    const request = seedLayoutRequest(data, 1.5, LABEL);
    const result = runLayout(request);
    const laid = withPositions(data, result);
    const at = new Map(laid.placements.map((p) => [p.subjectId, p]));
    expect(at.get('p')).toMatchObject({ x: 500, y: -40 });
    expect(at.get('h')).toMatchObject({ x: 3, y: 3 });
    const a = at.get('a')!;
    const b = at.get('b')!;
    expect([a.x, a.y]).not.toEqual([1, 1]);
    const { halfWidth, up, down } = request.boxes!;
    const apart =
      Math.abs(a.x - b.x) >= halfWidth[0]! + halfWidth[1]! - 0.5 ||
      (a.y < b.y ? b.y - up[1]! >= a.y + down[0]! - 0.5 : a.y - up[0]! >= b.y + down[1]! - 0.5);
    expect(apart).toBe(true);
  });

  it('keeps a word too long to wrap (an e-mail address) at its whole width, as Cytoscape draws it', () => {
    const data = chart();
    data.nodes[0] = node('a', 'khorog.desk@dossier-sample.example.org');
    data.nodes[1] = node('b', 'Financial Action Task Force');
    const { halfWidth, down } = seedLayoutRequest(data, 1.5, LABEL).boxes!;
    // 38 characters at 6.5 px: 247 px on one line, past the 140 px a label wraps at.
    expect(halfWidth[0]).toBeCloseTo((38 * 6.5) / 2 + 3.5, 5);
    // 27 characters wrap at the space before "Force": two lines, the wider of 21 characters.
    expect(halfWidth[1]).toBeCloseTo((21 * 6.5) / 2 + 3.5, 5);
    expect(down[1]).toBeGreaterThan(down[0]!);
  });
});
