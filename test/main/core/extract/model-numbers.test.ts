import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a maker and a model number', () => {
  it('make the maker an organisation, apart from the airline before it, and the designation no entity', () => {
    expect(
      namedEntities(
        'A door plug on an Alaska Airlines Boeing 737 MAX 9 blew out. United Airlines, the other operator of the MAX 9, ' +
          'checked its planes.',
      ),
    ).toEqual(['organization:Alaska Airlines', 'organization:Boeing', 'organization:United Airlines']);
  });

  it('leave a file format before its size alone, and a nation before an ordinal', () => {
    expect(namedEntities('The episode came as a HDTV MKV 165 MB file.')).toEqual([]);
    expect(namedEntities('Officers from the Russian 201st military base visited.')).toEqual([]);
  });

  it('leave a count before an acronym and a flight alone', () => {
    expect(namedEntities('Some 300 UN peacekeepers left. Flight 370 vanished.')).toEqual(['organization:UN']);
  });
});

describe("a model's designation", () => {
  it('is no entity with another number, in the plural, or alone', () => {
    expect(
      namedEntities(
        'Regulators grounded the Boeing 737 MAX 9 jets. Alaska Airlines grounded all 65 of its MAX 9s. Two crashes of the MAX 8 killed 346 people, and the MAX returned in 2020.',
      ),
    ).toEqual(['organization:Boeing', 'organization:Alaska Airlines']);
  });
});
