import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import type { ExtractedEntity } from '../../../../main/core/extract/types.js';

const rules = (text: string) => extract(text, { extractor: 'rules', date: '2025-11-03' });
const find = (es: ExtractedEntity[], text: string) => es.filter((e) => e.text === text);

describe('extract (rule pipeline)', () => {
  it('reads a person after a title, and links the surname alone to the full name', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev opened the forum. Later, Tokayev met reporters.';
    const r = rules(text);
    const full = find(r.entities, 'Kassym-Jomart Tokayev')[0];
    const short = find(r.entities, 'Tokayev')[0];
    expect(full?.type).toBe('person');
    expect(short?.type).toBe('person');
    expect(short?.key).toBe(full?.key);
    expect(short?.canonical).toBe('Kassym-Jomart Tokayev');
    expect(find(r.entities, 'Kazakh')).toEqual([]);
  });

  it('makes an acronym defined in parentheses an alias of its long form, and finds it later', () => {
    const text = 'Officials of the Eurasian Development Bank (EDB) arrived. The EDB later issued a statement.';
    const r = rules(text);
    const long = find(r.entities, 'Eurasian Development Bank')[0];
    const acr = find(r.entities, 'EDB');
    expect(long?.type).toBe('organization');
    expect(acr).toHaveLength(2);
    expect(acr.every((e) => e.type === 'organization' && e.key === long?.key)).toBe(true);
    expect(long?.aliases).toContain('EDB');
  });

  it("keeps name particles inside a person's name and leaves titles out", () => {
    const r = rules('Crown Prince Mohammed bin Salman met Ursula von der Leyen and Lt. Gen. Asim Malik.');
    expect(r.entities.map((e) => `${e.type}:${e.text}`)).toEqual([
      'person:Mohammed bin Salman',
      'person:Ursula von der Leyen',
      'person:Asim Malik',
    ]);
  });

  it('joins a long form across a small word when its acronym says so', () => {
    const r = rules(
      'The United Nations Assistance Mission in Afghanistan (UNAMA) condemned it. UNAMA later said more.',
    );
    expect(r.entities.map((e) => `${e.type}:${e.text}`)).toEqual([
      'organization:United Nations Assistance Mission in Afghanistan',
      'organization:UNAMA',
      'organization:UNAMA',
    ]);
  });

  it('types names by head words: organisations and places it has never seen', () => {
    const text =
      'Fighters of the Free Qaraqum Movement crossed into the Zerafshan Autonomous Region, the Ministry of Water Resources said.';
    const r = rules(text);
    expect(find(r.entities, 'Free Qaraqum Movement')[0]?.type).toBe('organization');
    expect(find(r.entities, 'Zerafshan Autonomous Region')[0]?.type).toBe('location');
    expect(find(r.entities, 'Ministry of Water Resources')[0]?.type).toBe('organization');
    const more = rules('The Principality of Zembla signed a deal with Eberhard Faber GmbH.');
    expect(find(more.entities, 'Principality of Zembla')[0]?.type).toBe('location');
    expect(find(more.entities, 'Eberhard Faber GmbH')[0]?.type).toBe('organization');
  });

  it('finds countries, cities and macro-regions from the gazetteer, split at "and" and hyphens', () => {
    const r = rules('Trade between Kazakhstan and Kyrgyzstan grew across Central Asia, the Almaty-Bishkek road shows.');
    const locs = r.entities.filter((e) => e.type === 'location').map((e) => e.text);
    expect(locs).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Central Asia', 'Almaty', 'Bishkek']);
  });

  it('ignores capitalised common words and nationalities, but types known names in title-case headlines', () => {
    const text =
      'Deadly Drone Strikes Hit Tajik Border Posts Near Khorog\nThe strikes hit posts near Khorog. Tajik Border Posts were empty and the Taliban denied involvement.';
    const r = rules(text);
    const texts = r.entities.map((e) => `${e.type}:${e.text}`);
    expect(texts).toContain('location:Khorog');
    expect(texts.filter((t) => t === 'location:Khorog')).toHaveLength(2);
    expect(texts).toContain('organization:Taliban');
    expect(texts.some((t) => /Deadly|Drone|Strikes|Hit/.test(t))).toBe(false);
    const title = rules('Male Voters Turn Out in Turkey\nTurnout was high.').entities.map((e) => `${e.type}:${e.text}`);
    expect(title).toEqual(['location:Turkey']);
  });

  it('reads seats of government as the institutions news means by them', () => {
    const r = rules('The Kremlin said Moscow would not accept it; the White House disagreed.');
    expect(r.entities.map((e) => `${e.type}:${e.text}`)).toEqual([
      'organization:Kremlin',
      'location:Moscow',
      'organization:White House',
    ]);
  });

  it('reads chambers named alone as the institutions', () => {
    const found = extract('The aid depends on Congress; the Senate passed it and the House of Commons will vote.', {
      date: '2026-03-03',
    }).entities.map((e) => `${e.type}:${e.text}`);
    expect(found).toEqual(['organization:Congress', 'organization:Senate', 'organization:House of Commons']);
  });

  it('never returns overlapping spans and every offset points at its text', () => {
    const text =
      "Russia's Foreign Ministry and the United Nations Office on Drugs and Crime (UNODC) met in Dushanbe on Nov 3; write to desk@example.org.";
    const r = rules(text);
    const sorted = [...r.entities].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i] as ExtractedEntity;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual((sorted[i - 1] as ExtractedEntity).end);
    }
    expect(find(r.entities, 'desk@example.org')[0]?.type).toBe('email');
    expect(find(r.entities, 'Russia')[0]?.type).toBe('location');
  });

  it('resolves keys by normalisation: case, curly quotes, leading "the", possessive', () => {
    const r = rules('The Taliban’s envoy spoke. Later the Taliban said it would talk.');
    const keys = new Set(r.entities.filter((e) => e.type === 'organization').map((e) => e.key));
    expect([...keys]).toEqual(['taliban']);
  });

  it('records which extractor produced the result', () => {
    const r = rules('Nothing much.');
    expect(r.extractor).toBe('dossier-rules');
    expect(r.extractorVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('does not take a sentence-opening word for a person who shares its spelling', () => {
    const text = 'Best wishes, Jeff Well. Well, the launch went ahead. Let me know what Well thinks.';
    const r = rules(text);
    expect(r.entities.filter((e) => e.text === 'Well').map((e) => e.start)).toEqual([text.lastIndexOf('Well')]);
    expect(find(r.entities, 'Let')).toEqual([]);
  });
});

describe('extract (default: the tagger with the rules)', () => {
  const names = (text: string) => extract(text, { date: '2025-11-03' }).entities.map((e) => `${e.type}:${e.text}`);

  it('splits names joined by "and" after a title, or by a possessive', () => {
    const out = names(
      "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met. The Treasury Department's Office of Foreign Assets Control imposed sanctions.",
    );
    expect(out).toContain('person:Vladimir Putin');
    expect(out).toContain('person:Recep Tayyip Erdogan');
    expect(out.some((n) => n.includes('and Turkish'))).toBe(false);
    expect(out).toContain('organization:Treasury Department');
    expect(out).toContain('organization:Office of Foreign Assets Control');
  });

  it('types a name as an organisation by the noun beside it, not by a noun that heads something else', () => {
    const out = names(
      'Researchers at Mandiant, a unit of Google Cloud, agreed. The Dubai-based exchange Bybit was hacked. Chainalysis, a blockchain analytics firm in New York, traced the funds. John Smith, a company spokesman, declined to comment.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'organization:Mandiant',
        'organization:Bybit',
        'organization:Chainalysis',
        'person:John Smith',
      ]),
    );
    expect(names("Police linked it to the Clan del Golfo, the country's largest criminal group.")).toContain(
      'organization:Clan del Golfo',
    );
    const outlets = names(
      'The Kabar news agency and the Moscow newspaper reported clashes on the Kyrgyz-Tajik border.',
    );
    expect(outlets).toEqual(expect.arrayContaining(['organization:Kabar', 'location:Moscow']));
    expect(outlets.some((n) => n.includes('Kyrgyz') || n === 'organization:Moscow')).toBe(false);
  });

  it('finds the known name inside a compound adjective, apart from the name after it', () => {
    const out = names(
      'In Gaza, the Hamas-run Health Ministry said 31 people had been killed by Chinese-backed groups.',
    );
    expect(out).toEqual(
      expect.arrayContaining(['location:Gaza', 'organization:Hamas', 'organization:Health Ministry']),
    );
    expect(out.some((n) => n.includes('-run') || n.includes('Chinese'))).toBe(false);
    // Where a firm is listed, a person born and a flight bound.
    expect(
      names('Shares in the London-listed miner fell. The Moscow-born singer boarded a Paris-bound train.'),
    ).toEqual(['location:London', 'location:Moscow', 'location:Paris']);
    // A place of two words opening the compound, with a name after it.
    const ship = names(
      'The Cook Islands-registered Eagle S, which had left the Russian port of Ust-Luga loaded with petrol, was escorted into Finnish waters near Porvoo.',
    );
    expect(ship).toContain('location:Cook Islands');
    expect(ship.some((n) => n.includes('-registered'))).toBe(false);
  });

  it('takes two countries joined by "and" for two places, but a country named so for one', () => {
    expect(
      names(
        'Agencies in Canada, Australia and New Zealand joined the guidance. Leaders of Bosnia and Herzegovina met.',
      ),
    ).toEqual(['location:Canada', 'location:Australia', 'location:New Zealand', 'location:Bosnia and Herzegovina']);
  });

  it('keeps a person the text names in full a person when one of their names is also a town', () => {
    const out = names(
      'Spokesperson Mao Ning said Beijing opposes the sanctions. Speaking at a briefing, Mao said the move was unfair.',
    );
    expect(out.filter((n) => n.endsWith(':Mao'))).toEqual(['person:Mao']);
  });

  it('keeps a whole known name the model split, and leaves lower-case words before a name out', () => {
    const out = names('Aid came from the International Committee of the Red Cross to north-western Syria.');
    expect(out).toEqual(
      expect.arrayContaining(['organization:International Committee of the Red Cross', 'location:Syria']),
    );
    expect(out.some((n) => n.includes('north-western') || n === 'organization:Red Cross')).toBe(false);
  });

  it('reads an acronym whose long form holds an acronym, and no hyphenated everyday words as names', () => {
    const out = names(
      'Taliban Deny Role in Cross-Border Attacks\nThe UN Assistance Mission in Afghanistan (UNAMA) raised concerns.',
    );
    expect(out).toEqual(
      expect.arrayContaining(['organization:UN Assistance Mission in Afghanistan', 'organization:UNAMA']),
    );
    expect(out.some((n) => n.includes('Cross-Border'))).toBe(false);
  });

  it('reads "District Judge" as a title, not a district', () => {
    const out = names('U.S. District Judge Kevin Castel sentenced him. District Attorney Alvin Bragg charged him.');
    expect(out).toEqual(expect.arrayContaining(['location:U.S.', 'person:Kevin Castel', 'person:Alvin Bragg']));
    expect(out.some((n) => n.includes('District'))).toBe(false);
  });

  it('keeps an institution named by its head and "of"/"for" even when every word is an everyday word', () => {
    const out = names(
      "Uzbekistan's Agency for Strategic Reforms detained 14 people. The Customer Service desk was shut.",
    );
    expect(out).toContain('organization:Agency for Strategic Reforms');
    expect(out.some((n) => n.includes('Customer Service'))).toBe(false);
  });
});
