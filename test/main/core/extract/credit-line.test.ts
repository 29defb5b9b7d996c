import { describe, expect, it } from 'vitest';
import { namedEntities, typedEntities } from '../../../helpers/typed-entities.js';
import { creditLineSpans } from '../../../../main/core/extract/credit-line.js';

// Credit lines written for these tests, in the wire services' form, with unfamiliar names.
describe("a wire story's credit line", () => {
  it('names people, each on its own, and leaves the places after "in" to the other rules', () => {
    const text =
      'Police arrested 49 people.\n\n(Reporting by Nerijus Adomaitis and AJ Vikens in Detroit; Additional reporting by ' +
      'Dace van Weel, Katrin De Bolle; Editing by Terje Solvik)';
    const t = typedEntities(text);
    expect(t).toMatchObject({
      'Nerijus Adomaitis': 'person',
      'AJ Vikens': 'person',
      Detroit: 'location',
      'Dace van Weel': 'person',
      'Katrin De Bolle': 'person',
      'Terje Solvik': 'person',
    });
  });

  it('only where "by" is followed by a name', () => {
    expect(creditLineSpans('Editing by hand was slow. Reporting by the team continues.')).toEqual([]);
  });
});

describe('a byline on a line of its own', () => {
  it('names people, though a first name is also a place', () => {
    const text =
      'Volkswagen to cut jobs\n\nBy Christina Amann and Victoria Waldersee\n\nBERLIN (Reuters) - Volkswagen will cut jobs.';
    expect(namedEntities(text)).toEqual(
      expect.arrayContaining(['person:Christina Amann', 'person:Victoria Waldersee']),
    );
    expect(namedEntities(text)).not.toContain('location:Victoria');
  });

  it('is only a line of names: "By Monday Hamas and Israel agreed" is a sentence', () => {
    expect(namedEntities('Talks\n\nBy Monday Hamas and Israel agreed a truce.')).toEqual([
      'organization:Hamas',
      'location:Israel',
    ]);
  });
});
