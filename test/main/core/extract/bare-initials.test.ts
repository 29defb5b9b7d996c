import { describe, expect, it } from 'vitest';
import { peopleAndTheirNames } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const people = (text: string) => peopleAndTheirNames(text, { date: '2025-12-13' });

describe('initials without full stops before a name', () => {
  it('are part of the name, and the name so completed is the one of its other mentions', () => {
    expect(
      people('Isro chairman V Narayanan said the mission would help. Narayanan added that a station was planned.'),
    ).toEqual(['V Narayanan -> V Narayanan', 'Narayanan -> V Narayanan']);
    expect(people('Chief Minister M K Stalin agreed on Monday.')).toEqual(['M K Stalin -> M K Stalin']);
  });

  it('a hyphenated given name with a longer syllable in "-ng" is part of the name', () => {
    expect(people('Shares in the group, controlled by the family of billionaire Li Ka-shing, rose 22%.')).toEqual([
      'Li Ka-shing -> Li Ka-shing',
    ]);
  });

  it('with full stops too, but not a known short name', () => {
    expect(people('Days of protests forced K.P. Sharma Oli to resign. Oli said he would stay in politics.')).toEqual([
      'K.P. Sharma Oli -> K.P. Sharma Oli',
      'Oli -> K.P. Sharma Oli',
    ]);
    expect(people('The U.S. Donald Trump said so.').some((p) => p.startsWith('U.S.'))).toBe(false);
  });

  it('but "A" and "I" are words, not initials', () => {
    expect(people('A Raja spokesman said so.').some((p) => p.startsWith('A '))).toBe(false);
  });
});
