import { describe, expect, test } from 'vitest';
import { evaluateRules, mixColour } from '../../../lib/graph/formatting-rules.js';
import { entity } from './chart-fixtures.js';

const nodes = [
  entity('ann', 'person', { mentions: 10, properties: { nationality: 'UA' } }),
  entity('bob', 'person', { mentions: 2, status: 'suggested' }),
  entity('acme', 'organization', { mentions: 6 }),
];

describe('conditional formatting', () => {
  test('set by property, later rules win', () => {
    const styles = evaluateRules(
      nodes,
      [
        {
          target: 'node',
          when: [{ field: 'type', op: 'eq', value: 'person' }],
          set: { color: '#0000ff', icon: 'person' },
        },
        {
          target: 'node',
          when: [{ field: 'properties.nationality', op: 'eq', value: 'UA' }],
          set: { color: '#ffd700' },
        },
        { target: 'edge', set: { color: '#ff0000' } },
      ],
      'node',
    );
    expect(styles.get('ann')).toEqual({ color: '#ffd700', icon: 'person' });
    expect(styles.get('bob')).toEqual({ color: '#0000ff', icon: 'person' });
    expect(styles.has('acme')).toBe(false);
  });

  test('size scaled by a measure, colour ramp by mentions', () => {
    const betweenness = new Map([
      ['ann', 0],
      ['bob', 0.5],
      ['acme', 1],
    ]);
    const styles = evaluateRules(
      nodes,
      [
        { target: 'node', scale: { field: 'measure.betweenness', style: 'size', range: [20, 60] } },
        {
          target: 'node',
          when: [{ field: 'mentions', op: 'gte', value: 5 }],
          scale: { field: 'mentions', style: 'color', range: ['#000000', '#ffffff'] },
        },
      ],
      'node',
      { betweenness },
    );
    expect(styles.get('ann')).toEqual({ size: 20, color: '#ffffff' });
    expect(styles.get('bob')).toEqual({ size: 40 });
    expect(styles.get('acme')).toEqual({ size: 60, color: '#000000' });
  });

  test('colour mixing', () => {
    expect(mixColour('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColour('#f00', '#00f', 0)).toBe('#ff0000');
  });
});
