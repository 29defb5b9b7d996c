import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { typedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
const types = (text: string) => typedEntities(text, {});

describe('entity types by shape', () => {
  it('types news outlets and agencies as organisations, also where the tagger missed them', () => {
    expect(types('Radio Ozodi reported the closure, and Orda said the talks ended.')).toMatchObject({
      'Radio Ozodi': 'organization',
      Orda: 'organization',
    });
    expect(types('According to Reuters and Asia-Plus, the border reopened.')).toMatchObject({
      Reuters: 'organization',
      'Asia-Plus': 'organization',
    });
  });

  it('types armed groups known by acronym as organisations', () => {
    expect(types('The TTP and the IMU claimed the raid, while ISKP denied any role.')).toMatchObject({
      TTP: 'organization',
      IMU: 'organization',
      ISKP: 'organization',
    });
  });

  it('makes the capitalised name of a news dateline a place', () => {
    const t = types('KHOROG, 14 March 2025 – Two border guards were wounded on Tuesday, officials said.');
    expect(t).toMatchObject({ KHOROG: 'location' });
    const velmora = extract(
      'Dockworkers halt Velmora port after talks fail\n\nVELMORA, 3 March 2026 — Dockworkers at the port of Velmora stopped work.',
      {},
    ).entities.filter((e) => e.key === 'velmora');
    expect(velmora.map((e) => e.type)).toEqual(['location', 'location', 'location']);
    // Capitals elsewhere are left to the tagger: an acronym opening a sentence is no dateline.
    expect(types('NATO, the alliance, met in Brussels.')['NATO']).toBe('organization');
  });

  it('finds the place of a dateline the tagger proposed nothing for, but not a label in capitals', () => {
    const t = types('ODESA, Ukraine, March 4 (Reuters) - Drones struck grain stores at the port overnight.');
    expect(t).toMatchObject({ ODESA: 'location', Ukraine: 'location' });
    expect(types('READING, England, March 4 (Reuters) - A fire closed the station.')).toMatchObject({
      READING: 'location',
    });
    expect(types('UPDATE, 3 March - The talks ended without a deal.')['UPDATE']).toBeUndefined();
  });

  it('makes a quarter of a known place a place ("the West Midlands"), not a body named after it', () => {
    const t = types('The West Midlands has long waiting lists, and West Midlands Police said so.');
    expect(t).toMatchObject({ 'West Midlands': 'location', 'West Midlands Police': 'organization' });
  });

  it("makes a state that no longer exists a place, though its head word reads as a body's", () => {
    const t = types('The group is based in Russia or another country of the former Soviet Union.');
    expect(t).toMatchObject({ Russia: 'location', 'Soviet Union': 'location' });
  });

  it('makes a trough or a trench of the sea floor a place', () => {
    expect(types('The risk of a major quake along the Nankai Trough had risen, officials said.')).toEqual({
      'Nankai Trough': 'location',
    });
  });

  it('never makes an office a person', () => {
    const t = types('Office Khorog denied the report on Monday.');
    expect(t['Office Khorog'] ?? 'organization').toBe('organization');
  });
});

describe('entity types from the words around a name', () => {
  it('makes the name after "the port of", "the province of" a place, and its other mentions too', () => {
    expect(
      types('Cocaine left through the port of Santos for Antwerp. Santos handles most of the trade.'),
    ).toMatchObject({ Santos: 'location' });
    expect(types('Troops fought in the province of Ituri on Monday.')).toMatchObject({ Ituri: 'location' });
  });

  it('types a named gang, clan or militia as an organisation', () => {
    expect(types('Police seized cocaine belonging to the Gulf Clan in a warehouse.')).toMatchObject({
      'Gulf Clan': 'organization',
    });
  });

  it('gives a name introduced as "also known as" the kind of the name before it', () => {
    expect(types('The Gulf Clan, also known as the Clan del Golfo, is the largest group.')).toMatchObject({
      'Gulf Clan': 'organization',
      'Clan del Golfo': 'organization',
    });
  });
});

describe('names the tagger often misses in news', () => {
  it("takes a body after its owner's possessive, even when its words are ones titles use", () => {
    expect(
      types("Pakistan's Foreign Office summoned the envoy, and Ukraine's Security Service held two men."),
    ).toMatchObject({
      Pakistan: 'location',
      'Foreign Office': 'organization',
      Ukraine: 'location',
      'Security Service': 'organization',
    });
  });

  it('takes a name before "province", "district" or "region" for that area, but not a capitalised adjective', () => {
    expect(types('Troops killed 12 fighters in Ituri province of the Democratic Republic of Congo.')).toMatchObject({
      Ituri: 'location',
    });
    expect(types('He governs Rasht district, where clashes erupted.')).toMatchObject({ Rasht: 'location' });
    expect(types('The Hamadiya camp houses 40,000 people; the Abu Shouk camp shelters more.')).toMatchObject({
      Hamadiya: 'location',
      'Abu Shouk': 'location',
    });
    expect(types('She ruled a people in a long Islamized region.')).not.toHaveProperty('Islamized');
    // A part of a town, but not a thing's acronym.
    expect(
      types("Police fired on crowds in the capital's New Baneshwor area, and at least 72 people were killed."),
    ).toMatchObject({ 'New Baneshwor': 'location' });
    expect(types('The VIP area was closed.')).toEqual({});
    // An everyday plural opening a sentence is no place, though a place somewhere has the name.
    expect(types('Villages of mud-brick homes in Nurgal and Chawkay districts were flattened.')).toEqual({
      Nurgal: 'location',
      Chawkay: 'location',
    });
    // What residents are "of"; a peninsula named by an adjective, noun and all.
    expect(types('Fighting continued into the night, residents of Poonch said.')).toEqual({ Poonch: 'location' });
    expect(types('Power was restored across the Iberian peninsula. Tensions on the Korean peninsula rose.')).toEqual({
      'Iberian peninsula': 'location',
      'Korean peninsula': 'location',
    });
    // A prison named before its kind; a town whose name holds a possessive.
    expect(types('Sarkozy began serving his sentence at La Sante prison in Paris on Tuesday.')).toMatchObject({
      'La Sante': 'location',
    });
    expect(types("Two 17-year-olds were later arrested in Bishop's Stortford, Hertfordshire, police said.")).toEqual({
      "Bishop's Stortford": 'location',
      Hertfordshire: 'location',
    });
    // A health zone, and the same place in a possessive later.
    expect(
      types("Cases were found in the Bulape health zone. The first patient went to Bulape's general hospital."),
    ).toEqual({ Bulape: 'location' });
    expect(types('The Taliban district chief said the road was closed.')).toEqual({ Taliban: 'organization' });
    expect(types('Protests blocked the Las Vorgas mine. Output at its El Tenorio mine fell.')).toEqual({
      'Las Vorgas': 'location',
      'El Tenorio': 'location',
    });
    expect(types('Ships avoid the Bab el-Mandeb strait, and aid waits at the Tarvo crossing.')).toEqual({
      'Bab el-Mandeb': 'location',
      Tarvo: 'location',
    });
    expect(
      types('Drones struck the Velkivka and Odrana regions overnight, and the Tarsk, Beln and Orvo districts.'),
    ).toEqual({
      Velkivka: 'location',
      Odrana: 'location',
      Tarsk: 'location',
      Beln: 'location',
      Orvo: 'location',
    });
  });

  it('reads a transliterated name with its linking particles as one name', () => {
    expect(types('Police said Jamaat-ul-Ahrar, a militant group, claimed the attack.')).toMatchObject({
      'Jamaat-ul-Ahrar': 'organization',
    });
  });
});

describe('names of armed groups and blocs in Sahel reporting', () => {
  it('reads "wal-" as a particle inside a name, so the acronym after it links the whole name', () => {
    expect(types("Fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a camp.")).toMatchObject({
      "Jama'at Nusrat al-Islam wal-Muslimin": 'organization',
      JNIM: 'organization',
    });
  });

  it('takes "Alliance of …" for one organisation, and a nationality before "newspaper" for none', () => {
    expect(types('Niger and Mali formed the Alliance of Sahel States in 2024.')).toMatchObject({
      'Alliance of Sahel States': 'organization',
    });
    const paper = types("Mercenaries took part, according to the Malian newspaper L'Essor.");
    expect(paper).not.toHaveProperty('Malian');
    expect(paper).toMatchObject({ "L'Essor": 'organization' });
  });
});

describe('long names and company names in investigative reporting', () => {
  it('keeps a name whole across an "and" that only everyday words stand before', () => {
    expect(types('Documents seen by the Organized Crime and Corruption Reporting Project show it.')).toMatchObject({
      'Organized Crime and Corruption Reporting Project': 'organization',
    });
    expect(types('Sailors of the U.S. and Royal Navy trained together.')).toMatchObject({
      'Royal Navy': 'organization',
    });
  });

  it('takes a firm named "… Maritime" or "… Shipping" for an organisation', () => {
    expect(types('Petrov controlled Blue Horizon Maritime through a trust in Liechtenstein.')).toMatchObject({
      'Blue Horizon Maritime': 'organization',
    });
  });
});

describe('a camp, a gas field or a site', () => {
  it('named before the words is a place', () => {
    const t = typedEntities(
      'Shells hit the Abu Qarib camp near El Fasher and the Khor Mor gas field. Ore at the Arlit site would be sold.',
    );
    expect(t['Abu Qarib']).toBe('location');
    expect(t['Khor Mor']).toBe('location');
    expect(t['Arlit']).toBe('location');
  });
});

describe('a French or English place joined by hyphens', () => {
  it('is one place', () => {
    const t = types('Exxon will close its refinery at Fos-sur-Mer in France, near Stratford-upon-Avon.');
    expect(t).toMatchObject({ 'Fos-sur-Mer': 'location', 'Stratford-upon-Avon': 'location' });
  });
});
