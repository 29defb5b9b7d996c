import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a court named after its town', () => {
  it('is one body with the town, written in lower case or not, and the town alone stays a place', () => {
    expect(
      namedEntities(
        "He was jailed at Southwark crown court on Friday and had appeared at Westminster Magistrates' Court. He lived in Southwark.",
      ),
    ).toEqual([
      'organization:Southwark crown court',
      "organization:Westminster Magistrates' Court",
      'location:Southwark',
    ]);
  });
});
