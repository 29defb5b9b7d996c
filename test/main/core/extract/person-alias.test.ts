import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const people = (text: string) =>
  extract(text, { date: '2025-12-13' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ text: e.text, canonical: e.canonical, aliases: e.aliases ?? [] }));

describe("a body's acronym after 'known by its acronym'", () => {
  it('is the same body, in every mention', () => {
    const bodies = extract(
      'The Directorate for State Protection and Intelligence, known by its German acronym DSN, had a tip. DSN officers acted.',
      { date: '2025-12-13' },
    ).entities.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => `${e.text} -> ${e.canonical}`)).toEqual([
      'Directorate for State Protection and Intelligence -> Directorate for State Protection and Intelligence',
      'DSN -> Directorate for State Protection and Intelligence',
      'DSN -> Directorate for State Protection and Intelligence',
    ]);
  });
});

describe("a body's acronym after 'known as'", () => {
  it('is the same body', () => {
    const bodies = extract('Soldiers came from the Military Emergencies Unit, known as UME, on Friday.', {
      date: '2025-12-13',
    }).entities.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => `${e.text} -> ${e.canonical}`)).toEqual([
      'Military Emergencies Unit -> Military Emergencies Unit',
      'UME -> Military Emergencies Unit',
    ]);
  });
});

describe("a body's acronym spelled as a word after 'known as'", () => {
  it('is the same body where the clause ends with it, but not an owner of what the body is known as', () => {
    const bodies = (text: string) =>
      extract(text, { date: '2025-12-13' })
        .entities.filter((e) => e.type === 'organization' || e.type === 'location')
        .map((e) => `${e.type}:${e.text} -> ${e.canonical}`);
    expect(
      bodies('Prices are tracked by the Brazilian Association of Fuel Importers, known as Abicom, every week.'),
    ).toEqual([
      'organization:Brazilian Association of Fuel Importers -> Brazilian Association of Fuel Importers',
      'organization:Abicom -> Brazilian Association of Fuel Importers',
    ]);
    expect(bodies("The National Cyber Security Centre, known as Britain's cyber agency, helped.")).toEqual([
      'organization:National Cyber Security Centre -> National Cyber Security Centre',
      'location:Britain -> Britain',
    ]);
  });
});

describe("a person's other name after 'known as'", () => {
  it('is found where the tagger found no name, as the same person', () => {
    const out = people('The militia, led by Osman Karadi Belel, known as Tigerclaw, did not respond.');
    expect(out).toEqual([
      { text: 'Osman Karadi Belel', canonical: 'Osman Karadi Belel', aliases: ['Tigerclaw'] },
      { text: 'Tigerclaw', canonical: 'Osman Karadi Belel', aliases: ['Tigerclaw'] },
    ]);
  });

  it('written inside the name in quotes, is kept whole with the name after it, never cut inside the quotes', () => {
    const inside = people('Violence grew after the arrest of Ismael "El Mayo" Zambada in Texas.');
    expect(inside.map((p) => p.text)).toEqual(['Ismael "El Mayo" Zambada']);
  });

  it('keeps its quotes out, and leaves a name that goes on into the sentence alone', () => {
    const quoted = people('Police held Ramon Ortuzar, known as "El Gato", on Monday.');
    expect(quoted.map((p) => `${p.text} -> ${p.canonical}`)).toEqual([
      'Ramon Ortuzar -> Ramon Ortuzar',
      'El Gato -> Ramon Ortuzar',
    ]);
    const clause = people('Police held Ramon Ortuzar, known as Gato among friends, on Monday.');
    expect(clause.map((p) => p.text)).toEqual(['Ramon Ortuzar']);
  });
});

describe('a body’s name in another language', () => {
  it('is the same kind of thing as the name it follows, in every mention', () => {
    expect(
      namedEntities(
        'Friends of the Earth Netherlands, known in Dutch as Milieudefensie, brought the case. Milieudefensie said it would appeal.',
      ),
    ).toEqual([
      'organization:Friends of the Earth Netherlands',
      'organization:Milieudefensie',
      'organization:Milieudefensie',
    ]);
  });
});

describe("a body's name in its own language, in brackets after it", () => {
  it('is the same kind of thing', () => {
    expect(namedEntities('The Kalvian Border Guard (Straż Graniczna) reported 40 crossings.')).toEqual([
      'organization:Kalvian Border Guard',
      'organization:Straż Graniczna',
    ]);
  });

  it('is not a place in brackets, nor one word', () => {
    expect(namedEntities('The Interior Ministry (New York) agreed. KYIV (Reuters) - It rained.')).toContain(
      'location:New York',
    );
  });
});

describe("a person's family name that is also a country's name (news round sixty-six)", () => {
  it('is the person where no mention of it stands where a country would', () => {
    expect(
      namedEntities('Prime Minister Luis Montenegro won the vote. Montenegro has ruled out a deal with the far right.'),
    ).toEqual(['person:Luis Montenegro', 'person:Montenegro']);
    expect(namedEntities('Milo Djukanovic spoke in Montenegro. Djukanovic said Montenegro would join the EU.')).toEqual(
      ['person:Milo Djukanovic', 'location:Montenegro', 'person:Djukanovic', 'location:Montenegro', 'organization:EU'],
    );
  });
});
