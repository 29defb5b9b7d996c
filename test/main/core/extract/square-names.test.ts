import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a square or street named in a Romance language', () => {
  it('is one place, its head word first and "de" inside', () => {
    expect(
      namedEntities('Marchers set off from Place de la Republique on Thursday. He lived on Rue de Rivoli.'),
    ).toEqual(['location:Place de la Republique', 'location:Rue de Rivoli']);
  });
});
