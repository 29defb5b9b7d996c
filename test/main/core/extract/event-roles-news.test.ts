import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests, in the style of wire copy, run with the shipped tagger.
const events = (text: string) => extract(text, { date: '2026-03-03' }).events;
const partyKeys = (ev: { participants: { key: string; role: string }[] }) =>
  ev.participants.filter((p) => p.role !== 'other').map((p) => p.key);

describe('who takes part in an event, in wire copy', () => {
  it('reads a dateline with its place in capitals as a dateline, not as the doer', () => {
    const [ev] = events('BAMAKO, Mali — Fighters attacked a military camp near Timbuktu on Tuesday, the army said.');
    expect(ev).toBeDefined();
    expect(partyKeys(ev!)).not.toContain('bamako');
    expect(partyKeys(ev!)).not.toContain('mali');
    expect(ev!.title).not.toMatch(/BAMAKO|Mali/);
  });

  it('reads "LONDON — " as a dateline, and "NATO — " as no place', () => {
    const [ev] = events('LONDON — Gunmen attacked a bank in Leeds on Monday, police said.');
    expect(partyKeys(ev!)).not.toContain('london');
    const nato = extract('NATO — The alliance said drones attacked a base near Riga on Monday.', {
      date: '2026-03-03',
    });
    expect(nato.entities.find((e) => e.text === 'NATO')?.type).toBe('organization');
  });

  it('makes every name an "according to" phrase lists a source, not a party', () => {
    const [ev] = events(
      "Mercenaries of the Wagner Group clashed with rebels near Kidal, according to a security source and the newspaper L'Essor.",
    );
    expect(ev!.participants.find((p) => p.key === "l'essor")?.role ?? 'other').toBe('other');
  });

  it('makes the agency named before "said" the source, also when a comma stands between', () => {
    const [ev] = events(
      "Troops killed seven militants in a raid in North Waziristan, the military's media wing, Inter-Services Public Relations, said.",
    );
    expect(partyKeys(ev!)).not.toContain('inter-services public relations');
  });

  it('takes the name after a possessive for the party, not its owner ("Ethiopia\'s Prime Minister Abiy Ahmed")', () => {
    const [ev] = events(
      "Ethiopia's Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud in Addis Ababa on Saturday, the Ethiopian News Agency reported.",
    );
    expect(partyKeys(ev!)).toEqual(expect.arrayContaining(['abiy ahmed', 'hassan sheikh mohamud']));
    expect(partyKeys(ev!)).not.toContain('ethiopia');
  });
});

describe('names inside a relative clause', () => {
  it('describe the party before them and take no part themselves', () => {
    const [ev] = events(
      'The Houthis, who control Sanaa, said they had fired a missile at the port city of Eilat on Monday.',
    );
    expect(partyKeys(ev!)).toContain('houthis');
    expect(partyKeys(ev!)).not.toContain('sanaa');
  });
});

describe('a name after a post and "of"', () => {
  it('says whom the person serves, not who was acted on; a group whose members were held is the target', () => {
    const [held] = events('Police arrested a former official of the Kenya Revenue Authority in Nairobi on Friday.');
    expect(held!.participants.find((p) => p.key === 'kenya revenue authority')?.role).toBe('other');
    const [members] = events('Police arrested two members of the Islamic Movement of Uzbekistan in Osh on Friday.');
    expect(members!.participants.find((p) => p.key === 'islamic movement of uzbekistan')?.role).toBe('target');
  });
});

describe('event titles', () => {
  it('put the verb in the plural for several doers', () => {
    const titles = events('Tajikistan and Kyrgyzstan attacked the post near Vorukh on Friday, officials said.').map(
      (e) => e.title,
    );
    expect(titles).toContain('Tajikistan and Kyrgyzstan attack in Vorukh');
  });
});
