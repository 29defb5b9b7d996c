import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests: firms named with everyday words.
describe('names listed as examples of a kind of body', () => {
  it('are bodies, each name between the commas and the "and"', () => {
    expect(
      namedEntities(
        'The firm relies on cloud providers such as Amazon, Alphabet and Harbour Platforms for its revenue.',
      ),
    ).toEqual(['organization:Amazon', 'organization:Alphabet', 'organization:Harbour Platforms']);
  });

  it('keeps a number that ends a name', () => {
    expect(namedEntities('Gangs such as MS-13 and Barrio 18 control parts of the city.')).toEqual([
      'organization:MS-13',
      'organization:Barrio 18',
    ]);
  });

  it('but places listed after a word for places stay places', () => {
    expect(
      namedEntities('Banks including Barclays and Monzo opened offices in cities such as Leeds and York.'),
    ).toEqual(['organization:Barclays', 'organization:Monzo', 'location:Leeds', 'location:York']);
  });
});
