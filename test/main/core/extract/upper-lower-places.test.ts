import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('"Lower" or "Upper" before a place', () => {
  it('is part of its name', () => {
    expect(namedEntities('Lower Saxony, which holds a 20% voting stake, backed the deal.')).toEqual([
      'location:Lower Saxony',
    ]);
  });
});
