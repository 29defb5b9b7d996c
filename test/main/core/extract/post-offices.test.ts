import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe("an office named after its post ('s Office, 's Department)", () => {
  it('is one organisation with the place it serves', () => {
    expect(namedEntities("Deputies from the Pima County Sheriff's Office found the truck.")).toEqual([
      "organization:Pima County Sheriff's Office",
    ]);
    expect(namedEntities("The Brooklyn District Attorney's Office declined to comment.")).toEqual([
      "organization:Brooklyn District Attorney's Office",
    ]);
  });

  it('is one organisation with its post alone', () => {
    expect(namedEntities("The Prime Minister's Office said the call was short. The Mayor's Office agreed.")).toEqual([
      "organization:Prime Minister's Office",
      "organization:Mayor's Office",
    ]);
  });

  it('is not made of a person and an office', () => {
    expect(namedEntities("Mayor Ana Ruiz's office said the park would reopen.")).not.toContain(
      "organization:Ana Ruiz's office",
    );
  });
});

describe("a country's attorney's office with the district it serves", () => {
  it('is one body, with the place inside it', () => {
    expect(
      namedEntities(
        "Prosecutors from the U.S. Attorney's Office for the Southern District of New York sought 11 years.",
      ),
    ).toEqual(["organization:U.S. Attorney's Office for the Southern District of New York"]);
  });
});
