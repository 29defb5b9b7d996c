import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a body named by a short code', () => {
  it('with a small letter inside is an organisation in every mention', () => {
    const out = namedEntities(
      'The AfD, led by Alice Weidel, doubled its support, and Merz ruled out working with the AfD. She has a PhD.',
    );
    expect(out.filter((e) => e === 'organization:AfD')).toHaveLength(2);
    expect(out).not.toContain('organization:PhD');
    expect(namedEntities('Ez2DJ 2nd TraX was released. #HnF')).toEqual([]);
  });

  it('of a letter and a number is one once the text calls it a group', () => {
    const out = namedEntities('Rwanda-backed K17 rebels seized the mine; K17 denied it. An Airbus A320 landed.');
    expect(out.filter((e) => e === 'organization:K17')).toHaveLength(2);
    expect(out.some((e) => e.endsWith(':A320'))).toBe(false);
  });

  it('of two letters and a number too, and a party is such a group', () => {
    const out = namedEntities('The centrist Q44 party led by Rob Jetten won the most seats; Q44 will lead talks.');
    expect(out.filter((e) => e === 'organization:Q44')).toHaveLength(2);
    expect(namedEntities('The liberal KV12 party gained.')).toContain('organization:KV12');
  });
});
