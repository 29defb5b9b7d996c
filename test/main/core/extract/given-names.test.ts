import { describe, expect, it } from 'vitest';
import { peopleAndTheirNames } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const people = (text: string) => peopleAndTheirNames(text, { date: '2025-11-07' });

describe('a given name the tagger left out before a family name', () => {
  it('is part of the name, and the name so completed is the one of its other mentions', () => {
    expect(
      people(
        'Tesla shareholders on Thursday approved a pay package for Elon Musk that could be worth as much as $1 trillion over the next decade. The award would give Musk up to 12 tranches of shares.',
      ),
    ).toEqual(['Elon Musk -> Elon Musk', 'Musk -> Elon Musk']);
  });

  it('but not a word that opens the sentence, nor a title, a place or an everyday word', () => {
    for (const name of people('Shares of Orlan rose. Judge Orlan ruled. In Paris Orlan spoke. Then Orlan left.'))
      expect(name).toMatch(/^Orlan -> /);
  });
});

describe('a person given an age, and the given name before a double-barrelled family name (news round seventy-two)', () => {
  it('is one person, in every mention', () => {
    expect(
      people(
        'The win paves the way for Kamla Persad-Bissessar to return as prime minister. ' +
          "Persad-Bissessar, 73, became the country's first female prime minister in 2010.",
      ),
    ).toEqual(['Kamla Persad-Bissessar -> Kamla Persad-Bissessar', 'Persad-Bissessar -> Kamla Persad-Bissessar']);
  });

  it('but a known place given a number stays the place', () => {
    expect(people('Nairobi, 40, and Mombasa, 12, reported cases.')).toEqual([]);
  });
});

describe('a family name given an age (news round seventy-eight)', () => {
  it('is the person named in full, an everyday word as it may be', () => {
    expect(people('Voters backed Prime Minister Jonas Gahr Store. Store, 65, had trailed in the polls.')).toEqual([
      'Jonas Gahr Store -> Jonas Gahr Store',
      'Store -> Jonas Gahr Store',
    ]);
  });
});
