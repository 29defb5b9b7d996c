import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a company whose name holds a digit', () => {
  it('is the company wherever the document uses its name alone', () => {
    expect(
      namedEntities(
        'Q7 Inc. said on Wednesday that hackers broke into its network. Q7 hired a law firm to investigate.',
      ),
    ).toEqual(['organization:Q7 Inc.', 'organization:Q7']);
  });
});

describe("a union's local named by its number", () => {
  it('keeps its number, and is that body where the local is named alone', () => {
    expect(
      namedEntities(
        'Members of the International Association of Machinists and Aerospace Workers District 751 voted. "We are ready," said Jon Holden, president of District 751.',
      ),
    ).toEqual([
      'organization:International Association of Machinists and Aerospace Workers District 751',
      'person:Jon Holden',
      'organization:District 751',
    ]);
  });
});

describe('a body named with a word and a number', () => {
  it('is one organisation when the text says it is a body', () => {
    expect(
      namedEntities(
        'Rescue 1122, the provincial emergency service, said roads were blocked. Route 66, a famous road, is long.',
      ),
    ).toContain('organization:Rescue 1122');
  });
});

describe('a body numbered inside its name', () => {
  it('is one organisation, number and all, when a head word ends it', () => {
    expect(
      namedEntities(
        'The main contractor was a joint venture of Italian-Thai Development and China Railway No. 10 Engineering Group.',
      ),
    ).toEqual(['organization:Italian-Thai Development', 'organization:China Railway No. 10 Engineering Group']);
  });
});
