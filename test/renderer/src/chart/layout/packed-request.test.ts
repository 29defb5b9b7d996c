import { describe, expect, test } from 'vitest';
import { packRequest, unpackRequest } from '../../../../../renderer/src/chart/layout/packed-request.js';
import type { LayoutRequest } from '../../../../../renderer/src/chart/layout/types.js';

describe('packed layout requests', () => {
  test('survive packing: positions, fixed nodes, groups, edges with direction and weight', () => {
    const req: LayoutRequest = {
      name: 'incremental',
      nodeSize: 30,
      values: { a: 2 },
      nodes: [
        { id: 'a', x: 1.5, y: -2, fixed: true },
        { id: 'b', parent: 'g1' },
        { id: 'c', x: 0, y: 0 },
      ],
      edges: [
        { source: 'a', target: 'b', directed: true, weight: 0.5 },
        { source: 'b', target: 'c', directed: false, weight: 1 },
        { source: 'a', target: 'missing' },
      ],
    };
    const { packed, transfer } = packRequest(req);
    expect(transfer).toHaveLength(7);
    expect(unpackRequest(structuredClone(packed))).toEqual({ ...req, edges: req.edges.slice(0, 2) });
  });
});
