import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a place or a body named after a saint', () => {
  it("is one name with the saint's possessive inside it, not a person", () => {
    expect(
      namedEntities(
        "Crowds filled St. Aldric's Basilica, and the injured were taken to Saint Oswin's Hospital near St Brena's Square.",
      ),
    ).toEqual(["location:St. Aldric's Basilica", "organization:Saint Oswin's Hospital", "location:St Brena's Square"]);
  });
});
