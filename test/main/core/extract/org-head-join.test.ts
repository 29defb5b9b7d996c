import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';
import { headPartAfterName } from '../../../../main/core/extract/org-head-join.js';
import { makeSpan } from '../../../../main/core/extract/span.js';

const named = (text: string) => namedEntities(text);

describe('an organisation named after a person or place', () => {
  it('stays one organisation when the tagger splits off the name it is named after', () => {
    expect(named('He was taken to John Hopkins University Hospital on Monday.')).toEqual([
      'organization:John Hopkins University Hospital',
    ]);
    expect(named('Staff of the Amir Timur University Hospital went on strike.')).toEqual([
      'organization:Amir Timur University Hospital',
    ]);
  });

  it('is a carmaker when "Motor" follows a name the tagger took for a person', () => {
    expect(named('Ford Motor said the disruption had hurt its June sales.')).toEqual(['organization:Ford Motor']);
  });

  it("keeps a name's own possessive inside it when the tagger leaves it out", () => {
    expect(named("The Uganda People's Defence Force said its troops had killed 12 fighters.")).toEqual([
      "organization:Uganda People's Defence Force",
    ]);
  });

  it("joins only pieces a single space separates, ending in the tagger's own organisation", () => {
    const text = 'Mary Hain\nISO New England Inc';
    const rule = makeSpan(0, text.length, 'organization', 'head-rule');
    const person = { type: 'person' as const, start: 0, end: 9, score: 1 };
    const org = { type: 'organization' as const, start: 10, end: text.length, score: 1 };
    expect(headPartAfterName(text, rule, [person, org])).toBe(false);
    const spaced = 'Mary Hain ISO New England Inc';
    expect(
      headPartAfterName(spaced, makeSpan(0, spaced.length, 'organization', 'head-rule'), [
        person,
        { ...org, start: 10, end: spaced.length },
      ]),
    ).toBe(true);
    expect(
      headPartAfterName(spaced, makeSpan(0, spaced.length, 'organization', 'head-rule'), [
        person,
        { ...org, type: 'location', start: 10, end: spaced.length },
      ]),
    ).toBe(false);
  });

  it('joins a place named after a person the same way: "Francis Scott" + "Key Bridge"', () => {
    const text = 'Francis Scott Key Bridge';
    const rule = makeSpan(0, text.length, 'location', 'head-rule');
    const person = { type: 'person' as const, start: 0, end: 13, score: 1 };
    const place = { type: 'location' as const, start: 14, end: text.length, score: 1 };
    expect(headPartAfterName(text, rule, [person, place])).toBe(true);
    // A place's head word does not make a body of the name before it.
    expect(headPartAfterName(text, { ...rule, type: 'organization' }, [person, place])).toBe(false);
  });
});
