import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests: one name, typed once in the document, typed the same everywhere.
const mentions = (text: string, name: string) =>
  extract(text, { date: '2026-03-03' })
    .entities.filter((e) => e.text === name)
    .map((e) => e.type);

describe('one type per name in a document', () => {
  it('a surname alone is the person the document names in full, whatever the tagger guessed', () => {
    const text =
      'Party leader George Simion said the vote was rigged. Dan won 54% of the vote in the run-off against Simion on Sunday.';
    expect(mentions(text, 'Simion')).toEqual(['person']);
  });

  it("a family name alone stands for the full name, a generation's mark after it", () => {
    const found = extract('Senator Tomas Valcourt Jr. voted no. Valcourt said the bill was rushed.', {
      date: '2026-03-03',
    }).entities.filter((e) => e.text === 'Valcourt');
    expect(found.map((e) => e.canonical)).toEqual(['Tomas Valcourt Jr.']);
  });

  it('an acronym the text defines is its long form everywhere, though the gazetteer knows it as a place', () => {
    const text =
      'The complaint was filed by the Alliance for the Union of Romanians (AUR). AUR leaders said the vote was rigged.';
    expect(mentions(text, 'AUR')).toEqual(['organization', 'organization']);
  });
});

describe('a family name written first', () => {
  it('is the person alone, though a town has that name', () => {
    const text =
      'Vice President Lai Ching-te won the vote. Lai took 40%, and Beijing called Lai a separatist. ' +
      'President Tsai Ing-wen congratulated him; Tsai steps down in May.';
    const found = extract(text, { date: '2026-03-03' }).entities.filter((e) => e.text === 'Lai' || e.text === 'Tsai');
    expect(found.map((e) => `${e.text}:${e.type} -> ${e.canonical}`)).toEqual([
      'Lai:person -> Lai Ching-te',
      'Lai:person -> Lai Ching-te',
      'Tsai:person -> Tsai Ing-wen',
    ]);
  });

  it('with a given name of two syllables is a person, with or without a title', () => {
    const people = extract('Lai led Hou Yu-ih and former mayor Ko Wen-je; Rolls Royce-owned firms fell.', {
      date: '2026-03-03',
    }).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.text)).toEqual(['Hou Yu-ih', 'Ko Wen-je']);
  });

  it('but the place after "in", labelled as the place', () => {
    const found = extract('Vice President Lai Ching-te won. Aid was flown in to Lai in Chad.', {
      date: '2026-03-03',
    }).entities.filter((e) => e.text === 'Lai');
    expect(found.map((e) => `${e.type} -> ${e.canonical}`)).toEqual(['location -> Lai']);
  });

  it("and a country read as the country keeps the country's label, not the person's", () => {
    const found = extract('Minister Jean Gabon spoke. Troops left Gabon on Monday.', {
      date: '2026-03-03',
    }).entities.filter((e) => e.text === 'Gabon');
    expect(found.map((e) => `${e.type} -> ${e.canonical}`)).toEqual(['location -> Gabon']);
  });
});

describe('but a known place', () => {
  it('stays a place, though the tagger read a sign-off with it as a person', () => {
    const text =
      'The regional hospital in Khorog confirms eight dead from the attack.\n\nRegards,\nDilnoza Karimova\nField Office Khorog\n';
    expect(mentions(text, 'Khorog')).toEqual(['location']);
  });
});

describe('a name of several words', () => {
  it('stays whole wherever it is written, though the tagger saw a known name inside it', () => {
    const text =
      'Norwegian oil firm Aker BP agreed to buy smaller rival Okea. Aker BP said the deal would add output. ' +
      'Shares in Aker BP fell 2.1%.';
    const found = extract(text, { date: '2026-03-03' }).entities.map((e) => e.text);
    expect(found.filter((n) => n === 'Aker BP')).toHaveLength(3);
    expect(found).not.toContain('BP');
  });
});
