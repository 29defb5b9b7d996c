import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('what a town is "of"', () => {
  it('is a place, even an everyday word', () => {
    expect(
      namedEntities(
        'The river rose by 26 feet in 45 minutes near the town of Hunt after as much as 12 inches of rain fell.',
      ),
    ).toEqual(['location:Hunt']);
  });
});

describe('a capital named after a comma', () => {
  it('is a place, set off by another comma or a full stop', () => {
    expect(namedEntities('Trucks from the provincial capital, Halvaro, arrived on Sunday.')).toEqual([
      'location:Halvaro',
    ]);
  });
});
