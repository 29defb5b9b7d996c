import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a double-barrelled family name after a first name', () => {
  it("is the person's, though the tagger stopped before it", () => {
    expect(namedEntities('Chief executive François Locoh-Donou briefed customers on the breach.')).toEqual([
      'person:François Locoh-Donou',
    ]);
  });
});
