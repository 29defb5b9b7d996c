import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a party named as its members', () => {
  it('keeps the capitalised word before the plural, and is a party after "the"', () => {
    const out = namedEntities(
      "Chancellor Olaf Scholz's Social Democrats fell to 16%. The pro-business Free Democrats failed, " +
        'and the Greens, led by Robert Habeck, came fourth.',
    );
    expect(out).toEqual([
      'person:Olaf Scholz',
      'organization:Social Democrats',
      'organization:Free Democrats',
      'organization:Greens',
      'person:Robert Habeck',
    ]);
  });

  it('keeps a creed that names parties, though it reads as a nationality word', () => {
    expect(
      namedEntities('Friedrich Merz, leader of the conservative Christian Democrats (CDU), demanded a vote.'),
    ).toEqual(['person:Friedrich Merz', 'organization:Christian Democrats', 'organization:CDU']);
  });
});
