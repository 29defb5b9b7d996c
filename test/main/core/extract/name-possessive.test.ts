import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const named = (text: string) => namedEntities(text);

describe("a name that opens with its own possessive (People's, Workers')", () => {
  it('keeps it, while an owner before it stays a name of its own', () => {
    const out = named("A unit of China's People's Liberation Army sailed past; the People's Bank of China cut rates.");
    expect(out).toEqual(
      expect.arrayContaining([
        'location:China',
        "organization:People's Liberation Army",
        "organization:People's Bank of China",
      ]),
    );
    expect(out).not.toContain('organization:Liberation Army');
  });

  it('takes in a place written right before it, with no possessive of its own', () => {
    expect(named("Tchiroma broke with the ruling Cameroon People's Democratic Movement in June.")).toEqual([
      'person:Tchiroma',
      "organization:Cameroon People's Democratic Movement",
    ]);
  });
});
