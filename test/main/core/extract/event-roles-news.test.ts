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

describe('who speaks in a statement, in wire copy', () => {
  const roles = (text: string) =>
    Object.fromEntries(events(text).flatMap((ev) => ev.participants.map((p) => [p.key, p.role])));

  it('the name next to "said", not the subject of what was said', () => {
    const r = roles('The Ulan party won 40 seats in the assembly, the Central Election Commission said on Monday.');
    expect(r).toMatchObject({ 'central election commission': 'speaker' });
    expect(r['ulan'] ?? 'other').toBe('other');
  });

  it('the subject across an apposition, and not the owner named inside it', () => {
    const r = roles("Meridel, Ghana's second-largest mobile operator, said it had cut the link.");
    expect(r).toMatchObject({ meridel: 'speaker' });
    expect(r['ghana'] ?? 'other').toBe('other');
  });

  it('the one named after the verb that closes a quotation, not the names quoted', () => {
    const r = roles('"We will keep working with the Royal Navy," said Capt. Henri Balmat on Friday.');
    expect(r).toMatchObject({ 'henri balmat': 'speaker' });
    expect(r['royal navy'] ?? 'other').toBe('other');
  });

  it('not a place the content mentions after "from"', () => {
    const r = roles("Greece's shipping ministry said 22 sailors, most of them from India, were being questioned.");
    expect(r['india'] ?? 'other').toBe('other');
  });
});

describe('whom an arrest is of', () => {
  it('never a place: "detained the tanker off Crete"', () => {
    const [ev] = events('The coast guard detained the tanker Ocean Pearl off Crete on Monday.');
    expect(ev?.participants.find((p) => p.key === 'crete')?.role ?? 'other').not.toBe('target');
    expect(ev?.title ?? '').not.toMatch(/Arrest of Crete/);
  });
});

describe('the doer of an act the reporter tells of its own', () => {
  it('"the committee said it had detained …" is the committee\'s arrest, placed where it happened, not at an earlier attack', () => {
    const [ev] = events(
      "Tajikistan's State Committee for National Security said on Wednesday it had detained 14 people through Telegram channels, the latest arrests since the attack near Moscow.",
    );
    expect(ev?.type).toBe('arrest');
    expect(ev?.participants.find((p) => p.key === 'state committee for national security')?.role).toBe('agent');
    expect(ev?.participants.find((p) => p.key === 'telegram')?.role ?? 'other').toBe('other');
    expect(ev?.locationLabel ?? null).not.toBe('Moscow');
  });
});

describe('attacks in conflict wire copy', () => {
  it('the group that claims an attack carried it out', () => {
    const [ev] = events('The Houthis claimed a drone attack on a container ship in the Red Sea on Monday.');
    expect(ev?.participants.find((p) => p.key === 'houthis')?.role).toBe('agent');
  });

  it('the army named with its acronym before "said" is the source, and a group after ", after" acts in another clause', () => {
    const [ev] = events(
      'Aircraft struck targets in southern Lebanon overnight, the Israel Defense Forces (IDF) said, after Hezbollah fired rockets.',
    );
    expect(partyKeys(ev!)).not.toContain('israel defense forces');
    expect(partyKeys(ev!)).not.toContain('hezbollah');
  });

  it('"a U.S. base in Syria" happened in Syria', () => {
    const [ev] = events('Kataib Hezbollah denied any role in a strike on a U.S. base in Syria on Monday.');
    expect(ev?.locationLabel).toBe('Syria');
  });

  it("does not make the owner of the report's source a target", () => {
    const [ev] = events(
      "Pirates hijacked a bulk carrier off Puntland on Sunday, the European Union's naval force said.",
    );
    expect(ev!.type).toBe('attack');
    expect(ev!.participants.find((p) => p.key === 'european union')?.role).toBe('other');
    expect(ev!.title).not.toMatch(/European Union/);
  });

  it('does not make a name after "said, with" the addressee of the statement', () => {
    const [ev] = events(
      "Tolvane's ruling Orvik party won 62 of the 98 seats, the Central Election Commission said on Monday, " +
        "with the Farmers' Union also winning seats.",
    );
    expect(ev!.participants.find((p) => p.key === "farmers' union")?.role).toBe('other');
    expect(ev!.title).toBe('Central Election Commission issues statement');
  });
});
