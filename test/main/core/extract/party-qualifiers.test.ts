import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a party named with a qualifier in brackets', () => {
  it('is one name with it, whatever the tagger made of the rest', () => {
    expect(
      namedEntities(
        "Oli leads the Communist Party of Nepal (Unified Marxist-Leninist). Nitish Kumar's Janata Dal (United) backed " +
          'him. Jane Smith (Democratic) won.',
      ),
    ).toEqual([
      'person:Oli',
      'organization:Communist Party of Nepal (Unified Marxist-Leninist)',
      'person:Nitish Kumar',
      'organization:Janata Dal (United)',
      'person:Jane Smith',
    ]);
  });

  it('not a source in brackets', () => {
    expect(namedEntities('KYIV (Reuters) - The army said.')).toEqual(['location:KYIV', 'organization:Reuters']);
  });
});
