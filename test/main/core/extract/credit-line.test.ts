import { describe, expect, it } from 'vitest';
import { typedEntities } from '../../../helpers/typed-entities.js';
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
