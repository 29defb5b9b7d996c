import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a numbered military formation', () => {
  it('is one organisation with its ordinal, after a possessive or a nationality too', () => {
    expect(namedEntities("Kalvia's 114th Separate Rifle Brigade held the bridge.")).toContain(
      'organization:114th Separate Rifle Brigade',
    );
    expect(namedEntities('The Russian 12th Fleet sent two frigates.')).toContain('organization:12th Fleet');
  });

  it('keeps the formation it belongs to, and its ordinal after "the"', () => {
    expect(namedEntities('He served in the 2nd Battalion of the Royal Orvane Regiment for a year.')).toEqual([
      'organization:2nd Battalion of the Royal Orvane Regiment',
    ]);
    expect(namedEntities('The general moved the 18th Mechanised Division north.')).toEqual([
      'organization:18th Mechanised Division',
    ]);
  });

  it('is not made of an ordinal before other words', () => {
    expect(namedEntities('She came 3rd in the race. The 2nd Street bridge reopened.')).not.toContain(
      'organization:2nd Street',
    );
  });
});
