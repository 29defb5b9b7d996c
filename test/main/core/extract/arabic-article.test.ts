import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('an Arabic article written apart and in lower case', () => {
  it('belongs to the name the lists know with it', () => {
    expect(namedEntities('Officials said an al Qaeda affiliate held the roads in northern Mali.')).toEqual([
      'organization:al Qaeda',
      'location:Mali',
    ]);
  });
});
