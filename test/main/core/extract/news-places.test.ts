import { describe, expect, it } from 'vitest';
import { compiledGazetteerClass, gazetteerClass } from '../../../../main/core/extract/gazetteer.js';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('islands and regions that recur in the news', () => {
  it('are places with no cue around them', () => {
    expect(namedEntities('More boats were heading for Crete. Floods hit Sumatra, while Borneo was spared.')).toEqual([
      'location:Crete',
      'location:Sumatra',
      'location:Borneo',
    ]);
  });

  it('are the rules’ knowledge only, and leave a person of the name alone', () => {
    expect(gazetteerClass('Mindanao')).toBe('location');
    expect(compiledGazetteerClass('Mindanao')).toBeNull();
    expect(namedEntities('Elba Esther Gordillo was released on Tuesday.')).toEqual(['person:Elba Esther Gordillo']);
  });
});

describe('ceasefire lines', () => {
  it('are places, though a lower-case line elsewhere weakens the tagger', () => {
    expect(
      namedEntities(
        'Troops moved along the Line of Control. Both sides were urged to open a direct line of communication.',
      ),
    ).toEqual(['location:Line of Control']);
  });
});

describe('places a run would split or the lists spell otherwise', () => {
  it('are found as written', () => {
    expect(
      namedEntities(
        'Protesters in Dar es Salaam burned buses. Leaders met in Sharm el-Sheikh, and aid reached Khan Younis.',
      ),
    ).toEqual(['location:Dar es Salaam', 'location:Sharm el-Sheikh', 'location:Khan Younis']);
  });
});

describe('a place before a qualified area noun', () => {
  it('is a place: a military base, a border crossing', () => {
    expect(
      namedEntities(
        "The hostages were taken to the Tal'or military base, and Kenya closed its Oldeani border crossing.",
      ),
    ).toEqual(["location:Tal'or", 'location:Kenya', 'location:Oldeani']);
  });
});

describe("a city's place named with everyday words after its possessive", () => {
  it('is a place', () => {
    expect(namedEntities("Crowds in Tel Aviv's Hostages Square cheered.")).toEqual([
      'location:Tel Aviv',
      'location:Hostages Square',
    ]);
  });
});

describe('a place named in French with an elided article', () => {
  it('is one place', () => {
    expect(
      namedEntities(
        "The gang reached a window of the Galerie d'Apollon, which faces the Seine. Others met on the Place d'Italie.",
      ),
    ).toEqual(["location:Galerie d'Apollon", 'location:Seine', "location:Place d'Italie"]);
  });
});

describe('places in news (round forty-one)', () => {
  it('regions of the United States named as plurals', () => {
    expect(namedEntities('The storm moved north through the Carolinas and into the Dakotas.')).toEqual([
      'location:Carolinas',
      'location:Dakotas',
    ]);
  });

  it('not the preposition that opens the sentence', () => {
    expect(
      namedEntities('In Tarrow County, officials said 30 people had died. At Vellmont Airport, flights stopped.'),
    ).toEqual(['location:Tarrow County', 'location:Vellmont Airport']);
  });

  it("a country listed with countries, though it is a person's name too", () => {
    expect(
      namedEntities('Officers will come from countries including the Bahamas, Bangladesh, Barbados, Benin and Chad.'),
    ).toEqual(['location:Bahamas', 'location:Bangladesh', 'location:Barbados', 'location:Benin', 'location:Chad']);
    expect(namedEntities('Chad and Tom flew to Paris on Monday.')).toContain('person:Chad');
  });
});

describe('places in news (round forty-four)', () => {
  it("a city's quarter named by a nationality", () => {
    expect(namedEntities('Explosive devices found in the French Quarter had not gone off.')).toEqual([
      'location:French Quarter',
    ]);
  });
});

describe('places in news (round forty-seven)', () => {
  it('names listed before "and other" and a plural kind are of that kind', () => {
    expect(
      namedEntities('Flights were diverted to Gatwick, Paris Charles de Gaulle, Shannon and other airports.'),
    ).toEqual(['location:Gatwick', 'location:Paris Charles de Gaulle', 'location:Shannon']);
    expect(namedEntities('Kallhaven, Orvesta, Brimley and other shipping companies paused sailings.')).toEqual([
      'organization:Kallhaven',
      'organization:Orvesta',
      'organization:Brimley',
    ]);
    // People are no kind of these.
    expect(namedEntities('Smith, Jones and other lawmakers objected.')).toEqual(['person:Smith', 'person:Jones']);
  });
});

describe('places in news (round forty-eight)', () => {
  it('mountains named by a nationality', () => {
    expect(namedEntities('A wildfire tore into a town in the Canadian Rockies on Wednesday.')).toEqual([
      'location:Canadian Rockies',
    ]);
  });
});

describe('places in news (round forty-nine)', () => {
  it('a name opening with "La" after "at" is a town, and a botanical garden a place', () => {
    expect(
      namedEntities(
        'Troops would protect the airport at La Tontouta. The Sausalito botanical garden in Vina del Mar burned.',
      ),
    ).toEqual(['location:La Tontouta', 'location:Sausalito', 'location:Vina del Mar']);
    // A group so named stays a group.
    expect(namedEntities('Gunmen of La Mayiza attacked the convoy.')).toEqual(['organization:La Mayiza']);
  });

  it('a faith after "-based" is no body', () => {
    expect(namedEntities('The St. Louis-based Catholic nonprofit runs 140 hospitals.')).toEqual(['location:St. Louis']);
  });
});

describe('places in news (round fifty-eight)', () => {
  it('a country written with "St" for "Saint" is one place', () => {
    expect(namedEntities('He holds passports from the United Arab Emirates and St Kitts and Nevis.')).toEqual([
      'location:United Arab Emirates',
      'location:St Kitts and Nevis',
    ]);
  });

  it('a holiday named by a word that is also a town is no place; a person a day is named for stays', () => {
    expect(namedEntities('Modi spoke in his Independence Day speech.')).toEqual(['person:Modi']);
    expect(namedEntities('Happy Jim White Day to all.')).toEqual(['person:Jim White']);
  });
});

describe('places in news (round fifty-nine)', () => {
  it('the Ring of Fire is a place, in quotes too; a port that speaks is the agency running it', () => {
    expect(namedEntities('Vanuatu lies on the Pacific "Ring of Fire" and is hit by quakes.')).toEqual([
      'location:Vanuatu',
      'location:Pacific',
      'location:Ring of Fire',
    ]);
    expect(namedEntities('The Port of Seattle said on Friday that it would not pay.')).toEqual([
      'organization:Port of Seattle',
    ]);
    expect(namedEntities('Ships left the Port of Baltimore on Monday.')).toEqual(['location:Port of Baltimore']);
  });
});

describe('places in news (round sixty)', () => {
  it("a court's district opens with its compass word; a bank named so stays a body", () => {
    expect(namedEntities('He is the U.S. attorney for the Southern District of New York, officials said.')).toEqual([
      'location:U.S.',
      'location:Southern District of New York',
    ]);
    expect(namedEntities('The Central Bank of Nigeria held rates.')).toEqual(['organization:Central Bank of Nigeria']);
  });
});

describe('places in news (round sixty-one)', () => {
  it('a palace named for the institution is the building where something happens there', () => {
    expect(namedEntities('He will resign to the president at the Elysee Palace on Thursday.')).toEqual([
      'location:Elysee Palace',
    ]);
    expect(namedEntities('The Elysee Palace said it would not comment.')).toEqual(['organization:Elysee Palace']);
  });
});

describe('places in news (round sixty-two)', () => {
  it('the Aegean and the Adriatic alone, before the islands they hold', () => {
    expect(namedEntities('Earthquakes rattled Aegean islands this week. Ships crossed the Adriatic.')).toEqual([
      'location:Aegean',
      'location:Adriatic',
    ]);
  });
});

describe('places in news (round sixty-three)', () => {
  it("a country's abbreviation and its region by the compass are two places", () => {
    expect(namedEntities('The storm killed more than 200 people across the U.S. Southeast this month.')).toEqual([
      'location:U.S.',
      'location:Southeast',
    ]);
  });
});

describe('places in news (round sixty-four)', () => {
  it("a town before its state's '-based' is a place", () => {
    expect(namedEntities('Shares of Hershey, Pennsylvania-based Hershey Co rose.')).toEqual([
      'location:Hershey',
      'location:Pennsylvania',
      'organization:Hershey Co',
    ]);
  });
});

describe('places in news (round sixty-five)', () => {
  it("a town and the state before its '-based', the state known or not", () => {
    expect(namedEntities('Richard Fairbank co-founded the McLean, Virginia-based lender in 1994.')).toEqual([
      'person:Richard Fairbank',
      'location:McLean',
      'location:Virginia',
    ]);
  });
});

describe('places in news (round sixty-eight)', () => {
  it('a known place, "for" and a body the lists know are two names', () => {
    expect(
      namedEntities('Prime Minister K.P. Sharma Oli was in New York for the United Nations General Assembly.'),
    ).toEqual(['person:K.P. Sharma Oli', 'location:New York', 'organization:United Nations General Assembly']);
    expect(namedEntities('The Commission for Africa met.')).toEqual(['organization:Commission for Africa']);
  });
});

describe('places in news (round sixty-nine)', () => {
  it("a town the tagger passed over, after an article and before a known state's '-based'", () => {
    expect(namedEntities('In a filing, the Davenport, Iowa-based company said files were taken.')).toEqual([
      'location:Davenport',
      'location:Iowa',
    ]);
    expect(namedEntities('Meanwhile, Texas-based firms grew.')).toEqual(['location:Texas']);
  });
});
