import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Written for these tests; run with the shipped tagger as the app runs it.
const orgs = (text: string) =>
  extract(text, { date: '2025-12-13' })
    .entities.filter((e) => e.type === 'organization')
    .map((e) => `${e.text} → ${e.canonical}`);

describe('a long form its acronym defines', () => {
  it("keeps the country's abbreviation the acronym leaves out", () => {
    expect(orgs('U.S. Africa Command (AFRICOM) said the strike hit a camp.')).toEqual([
      'U.S. Africa Command → U.S. Africa Command',
      'AFRICOM → U.S. Africa Command',
    ]);
  });

  it('reaches back over "and the" to the whole name, however the tagger split it', () => {
    expect(
      orgs('Donors cut funds to the Islamic State of Iraq and the Levant (ISIL) last year. ISIL denied it.'),
    ).toEqual([
      'Islamic State of Iraq and the Levant → Islamic State of Iraq and the Levant',
      'ISIL → Islamic State of Iraq and the Levant',
      'ISIL → Islamic State of Iraq and the Levant',
    ]);
  });

  it('reads a capitalised prefixed word ("Co-operation") as part of the name', () => {
    expect(orgs('Observers from the Organization for Security and Co-operation in Europe (OSCE) arrived.')).toEqual([
      'Organization for Security and Co-operation in Europe → Organization for Security and Co-operation in Europe',
      'OSCE → Organization for Security and Co-operation in Europe',
    ]);
  });

  it('does not reach back past a run whose initials the acronym does not spell', () => {
    expect(orgs('Ministers of the United Nations and the African Union (AU) met.')).toContain(
      'African Union → African Union',
    );
  });

  it('links an acronym that takes letters from inside its words, and keeps the remit in the name', () => {
    expect(orgs('The Intergovernmental Authority on Development (IGAD) welcomed the talks.')).toEqual([
      'Intergovernmental Authority on Development → Intergovernmental Authority on Development',
      'IGAD → Intergovernmental Authority on Development',
    ]);
  });

  it('still takes an abbreviated everyday term for no organisation', () => {
    expect(orgs('The Computer Aided Design (CAD) files were seized.')).toEqual([]);
  });

  it('nor its short form, whatever the tagger made of it (news round seventy)', () => {
    expect(
      orgs("Data on customers' Universal Subscriber Identity Modules (USIM) leaked. USIM cards were replaced."),
    ).toEqual([]);
    // A body's acronym stays, and so does one of a name with small words, which may be a party's.
    expect(orgs('The opposition, A Partnership for National Unity (APNU), came third.')).toContain('APNU → APNU');
    expect(orgs('The Korea Internet & Security Agency (KISA) is investigating.')).toEqual([
      'Korea Internet & Security Agency → Korea Internet & Security Agency',
      'KISA → Korea Internet & Security Agency',
    ]);
  });

  it("takes an acronym of the name in another language for the body it follows, not for a person's party", () => {
    expect(
      orgs('Leaders of the General Confederation of Labour (CGT) called a strike. The CGT said it would march.'),
    ).toEqual([
      'General Confederation of Labour → General Confederation of Labour',
      'CGT → General Confederation of Labour',
      'CGT → General Confederation of Labour',
    ]);
    // Her party's acronym (the tagger's guess) is not taken for her.
    expect(orgs('Senator Maria Lopez (DEM) voted against the bill.')).toEqual(['DEM → DEM']);
  });

  it('is one long word when the acronym spells its syllables', () => {
    expect(orgs('Hou Yu-ih of the Kuomintang (KMT) lost. The KMT said it would regroup.')).toEqual([
      'Kuomintang → Kuomintang',
      'KMT → Kuomintang',
      'KMT → Kuomintang',
    ]);
  });

  it('may keep small letters, its capitals spelling the long form', () => {
    expect(
      orgs('Banks report to the Financial Crimes Enforcement Network (FinCEN). FinCEN fined two of them.'),
    ).toEqual([
      'Financial Crimes Enforcement Network → Financial Crimes Enforcement Network',
      'FinCEN → Financial Crimes Enforcement Network',
      'FinCEN → Financial Crimes Enforcement Network',
    ]);
  });
});

describe('a long form of everyday words', () => {
  it("is a body's name when a country's name is among them", () => {
    expect(
      orgs("A bulk carrier has sunk, the navy's United Kingdom Sea Trade Operations (UKSTO) agency said."),
    ).toEqual([
      'United Kingdom Sea Trade Operations → United Kingdom Sea Trade Operations',
      'UKSTO → United Kingdom Sea Trade Operations',
    ]);
  });
});

describe('a body the lists know before the long form its acronym spells', () => {
  it('owns it and is part of its name (news round sixty-three)', () => {
    expect(
      namedEntities('The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said so.'),
    ).toEqual(['organization:United Nations Office for the Coordination of Humanitarian Affairs', 'organization:OCHA']);
    expect(namedEntities('Panduleni Itula of the Independent Patriots for Change (IPC) came second.')).toEqual([
      'person:Panduleni Itula',
      'organization:Independent Patriots for Change',
      'organization:IPC',
    ]);
  });
});
