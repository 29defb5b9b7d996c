import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a road named by its number', () => {
  it('is a place, the number in its name', () => {
    expect(
      namedEntities(
        'Many drove west after Highway 16 east to Edmonton was closed. Route 66 and Interstate 95 were busy.',
      ),
    ).toEqual(['location:Highway 16', 'location:Edmonton', 'location:Route 66', 'location:Interstate 95']);
  });
});
