import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Event titles for sentences that name no doer and no target, written for these tests (not the
// sample case's text), run through the whole extraction as the app runs it.
const events = (text: string) => extract(text, { date: '2025-12-13' }).events;

describe('titles of events nobody named', () => {
  it("says who asked for what in the sentence's own words, not 'Request (asked)'", () => {
    const ev = events(
      'According to Aziza Umarova, who met both delegations, the Kyrgyz side asked for armed escorts of all convoys within 20 km of the border.',
    )[0]!;
    expect(ev.type).toBe('request');
    expect(ev.title).toBe('The Kyrgyz side asked for armed escorts of all convoys');
  });

  it("says who visited what, without the source lead-in or the date, not 'Meeting (visited)'", () => {
    const ev = events(
      'According to the same source, engineers from the Kazakh 12th brigade near Almaty visited the depot on 4 May to inspect the guns.',
    )[0]!;
    expect(ev.title).toBe('Engineers from the Kazakh 12th brigade near Almaty visited the depot');
  });

  it('starts the doer after "informs that" and a date, and ends the object before its place', () => {
    const ev = events(
      'The Interior Ministry of Uzbekistan informs that on the evening of 3 March 2025 gunmen from across the river attacked a customs post near Termez.',
    )[0]!;
    expect(ev.type).toBe('attack');
    expect(ev.title).toBe('Gunmen from across the river attacked a customs post in Termez');
  });

  it('says who met whom rather than "Meeting of X" when one party is named', () => {
    const ev = events(
      'On 4 May 2025 a delegation led by the Kazakh consul met the head of the GBAO administration in Khorog.',
    )[0]!;
    expect(ev.type).toBe('meeting');
    expect(ev.title).toBe('A delegation led by the Kazakh consul met the head of the GBAO administration in Khorog');
  });

  it('starts the doer after a verb of saying', () => {
    expect(events('The committee said the gunmen fired on a post near Osh.')[0]?.title).toBe(
      'The gunmen fired on a post in Osh',
    );
  });

  it('starts the doer after the word that opens its clause, not at the sentence', () => {
    expect(
      events('Two guards were killed and three were wounded on Monday when gunmen fired on a post near Osh.')[0]?.title,
    ).toBe('Gunmen fired on a post in Osh (killed: 2, injured: 3)');
  });

  it('keeps the short form when a named doer or target says it already', () => {
    const ev = events(
      'Kyrgyzstan has asked for urgent consultations within the Shanghai Cooperation Organisation.',
    )[0]!;
    expect(ev.title).toBe('Kyrgyzstan asks Shanghai Cooperation Organisation');
  });
});

describe('the place of an event', () => {
  it('is not taken from another clause past a semicolon', () => {
    const ev = events(
      'Kyrgyzstan asked the Shanghai Cooperation Organisation for consultations; an SCO team is due in Bishkek on 20 December 2025.',
    )[0]!;
    expect(ev.type).toBe('request');
    expect(ev.locationKey).toBeNull();
    expect(ev.title).toBe('Kyrgyzstan asks Shanghai Cooperation Organisation');
  });
});
