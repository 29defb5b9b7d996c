import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests (not the sample case's own text), run with the shipped tagger.
const named = (text: string) => namedEntities(text);

describe('names listed together are of one kind', () => {
  it('makes a district listed beside a town a place, not a person', () => {
    const out = named('Patrols were doubled on the roads near Khorog and Rushan after the raid.');
    expect(out).toEqual(['location:Khorog', 'location:Rushan']);
  });

  it('carries the kind along a list: a place retyped so counts for the next item', () => {
    expect(named('Villagers in Darvoz, Vanj and Rushan lost power.')).toEqual([
      'location:Darvoz',
      'location:Vanj',
      'location:Rushan',
    ]);
  });

  it('moves every mention of the retyped name, and reads the list in either order', () => {
    const out = named('Observers counted new posts near Vanj and Ishkashim. Vanj was quiet on Friday.');
    expect(out.filter((n) => n.endsWith(':Vanj'))).toEqual(['location:Vanj', 'location:Vanj']);
  });

  it("makes a given name listed beside a place after a place's preposition a place", () => {
    expect(named('Panama Ports Company operates the terminals at Balboa and Cristobal.')).toEqual([
      'organization:Panama Ports Company',
      'location:Balboa',
      'location:Cristobal',
    ]);
  });

  it('leaves people listed beside a place alone when their name says they are people', () => {
    const out = named('Talks in Dushanbe and Emomali Rahmon dominated the week; Obama and Biden stayed in Chicago.');
    expect(out).toContain('person:Emomali Rahmon');
    expect(out).toContain('person:Obama');
    expect(out).toContain('person:Biden');
  });

  it('leaves a leader named by surname beside an organisation a person ("Assad and ISIL")', () => {
    expect(named('Thousands were killed at the hands of Assad and ISIL, officials said.')).toContain('person:Assad');
  });

  it('finds a short place the tagger passed over inside a list of places (news round sixty-two)', () => {
    expect(named('Schools on Santorini, Amorgos, Ios and Anafi were closed.')).toEqual([
      'location:Santorini',
      'location:Amorgos',
      'location:Ios',
      'location:Anafi',
    ]);
    expect(named('He met Smith, Jones and Brown in Paris.')).toEqual([
      'person:Smith',
      'person:Jones',
      'location:Paris',
    ]);
  });
});
