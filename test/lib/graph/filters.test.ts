import { describe, expect, test } from 'vitest';
import { applyFilter } from '../../../lib/graph/filters.js';
import { entity, eventNode, link } from './chart-fixtures.js';

const nodes = [
  entity('ann', 'person', { reliability: 'B', knownFrom: '2020-01-10' }),
  entity('acme', 'organization', { reliability: 'E', knownFrom: '2022-05-01' }),
  entity('bob', 'person', { status: 'rejected' }),
  entity('kyiv', 'location'),
  eventNode('meeting', '2021-03', 'month', { knownFrom: '2021-03-01' }),
  eventNode('undated', null, null),
];
const edges = [
  link('works', 'ann', 'acme', {
    type: 'employs',
    confidence: 0.9,
    credibility: 2,
    firstSeen: '2022-05-01',
    knownFrom: '2022-05-01',
  }),
  link('rumour', 'ann', 'kyiv', {
    type: 'visited',
    confidence: 0.3,
    credibility: 5,
    firstSeen: '2019-01-01',
    lastSeen: '2019-02-01',
  }),
  link('ghost', 'ann', 'bob'),
  { ...link('p1', 'meeting', 'ann', { type: 'attendee' }), kind: 'participant' as const },
];
const sorted = (s: Set<string>) => [...s].sort();

describe('chart filters', () => {
  test('an empty filter hides only rejected items and links to them', () => {
    const r = applyFilter(nodes, edges, {});
    expect(sorted(r.nodes)).toEqual(['acme', 'ann', 'kyiv', 'meeting', 'undated']);
    expect(sorted(r.edges)).toEqual(['p1', 'rumour', 'works']);
  });

  test('entity type, link type, confidence and credibility', () => {
    expect(sorted(applyFilter(nodes, edges, { entityTypes: ['person', 'location'] }).nodes)).toEqual(['ann', 'kyiv']);
    expect(sorted(applyFilter(nodes, edges, { linkTypes: ['employs'] }).edges)).toEqual(['p1', 'works']);
    expect(sorted(applyFilter(nodes, edges, { minConfidence: 0.5 }).edges)).toEqual(['p1', 'works']);
    expect(sorted(applyFilter(nodes, edges, { maxCredibility: 3 }).edges)).toEqual(['p1', 'works']);
  });

  test('source grade: worse than C is dropped, ungraded passes', () => {
    expect(sorted(applyFilter(nodes, edges, { worstReliability: 'C' }).nodes)).toEqual([
      'ann',
      'kyiv',
      'meeting',
      'undated',
    ]);
  });

  test('date window: a month-precision event overlaps a window inside its month; undated kept unless asked', () => {
    const inMarch = applyFilter(nodes, edges, { window: { from: '2021-03-20', to: '2021-04-10' } });
    expect(inMarch.nodes.has('meeting')).toBe(true);
    expect(inMarch.nodes.has('undated')).toBe(true);
    // "works" is open-ended since 2022 and "rumour" ended in 2019: neither is in March 2021.
    expect(sorted(inMarch.edges)).toEqual(['p1']);
    const strict = applyFilter(nodes, edges, { window: { from: '2021-04-01', to: null }, keepUndated: false });
    expect(strict.nodes.has('meeting')).toBe(false);
    expect(strict.nodes.has('undated')).toBe(false);
    expect(sorted(strict.edges)).toEqual(['works']);
  });

  test('play through time: only what was known by the date', () => {
    const r = applyFilter(nodes, edges, { asOf: '2021-12-31' });
    expect(sorted(r.nodes)).toEqual(['ann', 'kyiv', 'meeting', 'undated']);
    expect(r.edges.has('works')).toBe(false);
    // The end date counts whole: acme became known on 2022-05-01.
    expect(applyFilter(nodes, edges, { asOf: '2022-05-01' }).nodes.has('acme')).toBe(true);
    expect(applyFilter(nodes, edges, { asOf: '2022-04-30' }).nodes.has('acme')).toBe(false);
  });
});
