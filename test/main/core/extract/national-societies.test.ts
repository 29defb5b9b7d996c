import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a national Red Cross or Red Crescent society', () => {
  it('is named with its nation', () => {
    expect(
      namedEntities(
        'The Sudanese Red Crescent Society said two volunteers died; the Syrian Arab Red Crescent and the ' +
          'Kenya Red Cross sent teams.',
      ),
    ).toEqual([
      'organization:Sudanese Red Crescent Society',
      'organization:Syrian Arab Red Crescent',
      'organization:Kenya Red Cross',
    ]);
  });

  it('not a word before it that is no nation', () => {
    expect(namedEntities('Volunteers from the British Red Cross and the Red Cross met.')).toEqual([
      'organization:British Red Cross',
      'organization:Red Cross',
    ]);
  });
});
