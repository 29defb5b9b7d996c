import { describe, expect, it } from 'vitest';
import { typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests, with places no list holds.
describe('a name with its distance from somewhere', () => {
  it('is a place', () => {
    const t = typedEntities(
      'More than 20,000 people reached Qardeen, about 60 km to the west, on foot. Others walked to ' +
        'Umm Seyala, 35 miles south of the city.',
    );
    expect(t).toMatchObject({ Qardeen: 'location', 'Umm Seyala': 'location' });
  });
});
