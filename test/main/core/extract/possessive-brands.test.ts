import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a company whose name is written as a possessive', () => {
  it('is the company, with its possessive, whatever the tagger made of it', () => {
    expect(
      namedEntities("Moody's is due to review the rating. Shares of McDonald's fell, and Sotheby's cancelled a sale."),
    ).toEqual(["organization:Moody's", "organization:McDonald's", "organization:Sotheby's"]);
  });

  it('goes on with the capitalised words of its name, but not into a place', () => {
    expect(namedEntities("Lloyd's List Intelligence said traffic fell. Sotheby's Hong Kong sold a vase.")).toEqual([
      "organization:Lloyd's List Intelligence",
      "organization:Sotheby's",
      'location:Hong Kong',
    ]);
  });

  it("but not a person's possessive where the document names that person", () => {
    const out = namedEntities("Chris Christie's campaign ended on Tuesday.");
    expect(out).toContain('person:Chris Christie');
    expect(out).not.toContain("organization:Christie's");
  });
});
