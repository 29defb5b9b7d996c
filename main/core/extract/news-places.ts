/**
 * Islands, regions and ceasefire lines that recur in general news and that the compiled gazetteer, built from
 * lists of countries, their divisions and towns, does not hold: "boats heading for Crete",
 * "fires across Sardinia", "rebels on Mindanao". Without them a place named once, with no cue,
 * is left to the tagger, which read "Crete" and "Borneo" as people. Same form as
 * news-organizations.ts, and kept beside the rules for the same reason: the tagger's features read
 * the compiled file alone, so adding a place here needs no retraining.
 *
 * Left out on purpose: names that are as often something else in an analyst's documents ("Java",
 * a programming language in threat reports; "Rhodes", a family name; "Amazon", a company).
 * This is product data, like the country list: it is not tuned to any test document.
 */
export const NEWS_PLACES: readonly (readonly string[])[] = [
  // The Mediterranean and the Atlantic
  ['Crete'],
  ['Sicily'],
  ['Sardinia'],
  ['Corsica'],
  ['Lampedusa'],
  ['Lesbos', 'Lesvos'],
  ['Samos'],
  ['Kos'],
  ['Chios'],
  ['Majorca', 'Mallorca'],
  ['Menorca', 'Minorca'],
  ['Ibiza'],
  ['Balearic Islands'],
  ['Gozo'],
  ['Capri'],
  ['Elba'],
  ['Canary Islands', 'Canaries'],
  ['Tenerife'],
  ['Gran Canaria'],
  ['Lanzarote'],
  ['Azores'],
  ['Aegean Sea', 'Aegean'],
  ['Adriatic Sea', 'Adriatic'],
  ['Santorini'],
  // Asia and the Pacific
  ['Sumatra'],
  ['Borneo'],
  ['Sulawesi'],
  ['Lombok'],
  ['New Guinea'],
  ['Mindanao'],
  ['Luzon'],
  ['Visayas'],
  ['Palawan'],
  ['Honshu'],
  ['Kyushu'],
  ['Shikoku'],
  ['Jeju', 'Jeju Island'],
  // The belt of volcanoes and earthquakes round the Pacific, named in every quake story
  ['Ring of Fire', 'Pacific Ring of Fire'],
  // Ceasefire lines and disputed borders
  ['Line of Control'],
  ['Line of Actual Control'],
  // Africa and the Middle East
  ['Khan Younis', 'Khan Yunis'],
  ['Sharm el-Sheikh', 'Sharm El-Sheikh', 'Sharm el Sheikh'],
  // Known to the compiled list, but a run splits it at its lower-case word
  ['Dar es Salaam'],
  ['Socotra'],
  ['Bioko'],
  ['Galilee'],
  ['Middle Shabelle'],
  ['Lower Shabelle'],
  ['Negev'],
  // Countries written with "St." for the "Saint" the compiled list spells out
  ['Saint Kitts and Nevis', 'St. Kitts and Nevis', 'St Kitts and Nevis'],
  ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  ['Saint Lucia', 'St. Lucia', 'St Lucia'],
  // Europe and the Americas
  ['Alps'],
  ['Patagonia'],
  ['Vancouver Island'],
  ["Martha's Vineyard"],
  ['Anglesey'],
  ['Hebrides', 'Outer Hebrides', 'Inner Hebrides'],
  ['Shetland', 'Shetland Islands'],
  ['Silicon Valley'],
  ['French Quarter'],
  ['Rocky Mountains', 'Rockies'],
  ['Canadian Rockies'],
  // Regions of the United States named in weather and election news
  ['Carolinas'],
  ['Dakotas'],
  ['Appalachia'],
  ['Midwest'],
];
