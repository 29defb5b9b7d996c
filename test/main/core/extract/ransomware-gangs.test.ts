import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a ransomware gang named before what it is', () => {
  it('is an organisation, of one word or two', () => {
    expect(namedEntities('The Vexaro ransomware group claimed the attack on Monday.')).toEqual(['organization:Vexaro']);
    expect(namedEntities('Police said the Grey Lattice ransomware gang had been paid.')).toEqual([
      'organization:Grey Lattice',
    ]);
  });

  it('is not an article before "ransomware"', () => {
    expect(namedEntities('The ransomware group was fined. A ransomware gang left.')).toEqual([]);
  });
});
