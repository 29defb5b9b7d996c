import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe("a region's adjective", () => {
  it('is no entity beside the region it comes from', () => {
    const out = namedEntities(
      'The CDU and its Bavarian sister party won; the premier of Bavaria agreed. Crimean officials spoke ' +
        'a year after Russia seized Crimea.',
    );
    expect(out).toEqual(expect.arrayContaining(['location:Bavaria', 'location:Crimea']));
    expect(out.some((e) => /:(?:Bavarian|Crimean)$/.test(e))).toBe(false);
  });

  it("is no place when it is a mountain range's, named in the plural", () => {
    expect(namedEntities('Karki is the first woman to lead the Himalayan country.')).toEqual(['person:Karki']);
  });

  it('but a known place or a name that looks like one stays', () => {
    expect(namedEntities('Adrian Smith flew to Adria, then to Milan.')).toEqual([
      'person:Adrian Smith',
      'location:Adria',
      'location:Milan',
    ]);
  });

  it('is no place with its compass word either: "West African leaders"', () => {
    expect(
      namedEntities("The ceremony was attended by several West African leaders, among them Ghana's president."),
    ).toEqual(['location:Ghana']);
  });
});
