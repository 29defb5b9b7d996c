import type { Sentence, Unit } from './analyse.js';
import { gazetteerClass, isDemonym, isEverydayWord } from './gazetteer.js';
import { isCapitalised } from './runs.js';
import { makeSpan, type Span } from './span.js';
import { COMMON_ACRONYMS, FAITH } from './word-lists.js';

/** Lower-case words that say the name before them is an area: "Ituri province", "Rasht district". */
const AREA_NOUNS = new Set([
  'province',
  'district',
  // "onto Yambali village": a village named before its kind.
  'village',
  'region',
  'county',
  'governorate',
  'prefecture',
  'oblast',
  'municipality',
  // "the capital's New Baneshwor area", "the Ghouta suburb": a part of a town named before its kind.
  'area',
  'neighbourhood',
  'neighborhood',
  'suburb',
  // "the Bulape health zone": a district of Congo's health service.
  'zone',
  // "La Sante prison", "the Evin prison": a prison named before its kind.
  'prison',
  'jail',
  // "the Abu Shouk camp": a camp for the displaced is where they live.
  'camp',
  'oilfield',
  'gasfield',
  // "the Arlit site", "the Fordow site": a mine's or a plant's site.
  'site',
  // Features and crossings: "the Bab el-Mandeb strait", "the Rafah crossing", "Linate airport".
  'strait',
  'crossing',
  'corridor',
  'airport',
  'valley',
  // "the Poyo ravine": a watercourse named before its kind.
  'ravine',
  'gorge',
  'canyon',
  'river',
  'peninsula',
  // "the Birch glacier above the village".
  'glacier',
  // "the Las Bambas mine", "its El Teniente mine".
  'mine',
  // "the Ta Muen Thom temple", "the Al-Aqsa mosque": a place of worship named before its kind.
  'temple',
  'mosque',
  'shrine',
]);
/**
 * A word between a name and its area noun, and the nouns it goes with: "the Rumaila oil field",
 * "the Re'im military base", "the Namanga border crossing", "the Svartsengi power plant".
 */
const QUALIFIED = new Map<string, ReadonlySet<string>>([
  // "the Porgera gold mine", "the Khor Mor gas field".
  ...['oil', 'gas', 'gold', 'coal', 'copper', 'diamond', 'lithium'].map((w): [string, ReadonlySet<string>] => [
    w,
    new Set(['field', 'mine']),
  ]),
  ...['military', 'air', 'naval', 'army'].map((w): [string, ReadonlySet<string>] => [w, new Set(['base'])]),
  ['border', new Set(['crossing', 'post', 'point'])],
  ['health', new Set(['zone', 'district'])],
  // "the Svartsengi power plant", "the Blue Lagoon geothermal spa".
  ['power', new Set(['plant', 'station'])],
  ['nuclear', new Set(['plant'])],
  ['geothermal', new Set(['spa', 'plant', 'field'])],
  // "the Sausalito botanical garden".
  ['botanical', new Set(['garden', 'gardens'])],
]);
/**
 * Words that may follow the area noun when it ends the phrase ("in Ituri province of …", "…
 * district, where", "the Zamzam camp shelters …").
 */
const AFTER_AREA = new Set(
  'of in on at near and or where which that to from was is were has had have would will could can may bordering after since above below shortly soon just shelters houses hosts holds lies sits fell rose shut swept burst ran'.split(
    ' ',
  ),
);
/** Longest name taken before an area noun: "Shamsiddin Shohin" is two words. */
const MAX_WORDS = 3;

/**
 * A capitalised name right before a lower-case area noun is that area: "fighting in Ituri
 * province" names a place the tagger may never have seen. Not when the area noun opens a longer
 * phrase ("the Taliban district chief"), nor after a nationality or a known organisation.
 */
export function placeNounSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    for (let i = 1; i < s.units.length; i++) {
      // "the Khor Mor gas field": a field is named before the fuel it holds.
      const fuel = QUALIFIED.get(s.units[i]!.text)?.has(s.units[i + 1]?.text ?? '') ? 1 : 0;
      const noun = s.units[i + fuel] as Unit;
      const plural = !fuel && !AREA_NOUNS.has(noun.text) && AREA_NOUNS.has(noun.text.replace(/s$/, ''));
      // A plural area noun does not modify a noun after it ("the Taliban district chief").
      if (!(AREA_NOUNS.has(noun.text) || fuel || plural)) continue;
      if (!plural && !endsPhrase(noun, s.units[i + fuel + 1])) continue;
      // "the Kharkiv and Odesa regions", "the Kursk, Bryansk and Belgorod regions": each name listed.
      for (let end = i, comma = false; end > 0;) {
        const words = nameBefore(s.units, end, comma);
        // "the Iberian peninsula", "the Korean peninsula": an adjective names no place without its
        // noun, so the name is both (a nationality's too).
        const adjective = noun.text === 'peninsula' && words.length === 1 && /an$/.test(words[0]!.text);
        if (!words.length || (!adjective && !isAreaName(words) && !namedInsideSentence(s, words))) break;
        // The noun after the name outweighs a head word inside it: "the Las Bambas mine" is no
        // group named with a Spanish article ("Los Chapitos").
        const area = makeSpan(
          words[0]!.start,
          (adjective ? noun : words[words.length - 1]!).end,
          'location',
          'head-rule',
        );
        out.push({ ...area, strength: area.strength + 0.5 });
        if (!plural) break;
        const at = s.units.indexOf(words[0]!);
        const joiner = s.units[at - 1];
        if (joiner?.text === 'and' && !/\S/.test(joiner.post)) [end, comma] = [at - 1, false];
        else if (/^,\s*$/.test(joiner?.post ?? '')) [end, comma] = [at, true];
        else break;
      }
    }
  }
  return out;
}

/**
 * Not a nationality, a known body or person, an acronym of a thing ("the VIP area"), or a
 * capitalised adjective ("a long Islamized region").
 */
function isAreaName(words: readonly Unit[]): boolean {
  const phrase = words.map((u) => u.text).join(' ');
  if (
    isDemonym(phrase) ||
    FAITH.test(phrase) ||
    COMMON_ACRONYMS.has(phrase) ||
    gazetteerClass(phrase) === 'organization' ||
    gazetteerClass(phrase) === 'person'
  )
    return false;
  return !(words.length === 1 && (isEverydayWord(phrase) || /(?:is|iz)ed$/.test(phrase)));
}

/**
 * "the Birch glacier above the village": an everyday word, capitalised inside a sentence (not a
 * headline) after "the", names the area all the same.
 */
function namedInsideSentence(s: Sentence, words: readonly Unit[]): boolean {
  const before = s.units[s.units.indexOf(words[0]!) - 1];
  return (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!.text) &&
    !s.headline &&
    before?.text.toLowerCase() === 'the' &&
    !/[.:;!?]/.test(before.post) &&
    !isDemonym(words[0]!.text) &&
    !FAITH.test(words[0]!.text) &&
    gazetteerClass(words[0]!.text) === null &&
    !/(?:is|iz)ed$/.test(words[0]!.text)
  );
}

function endsPhrase(noun: Unit, next: Unit | undefined): boolean {
  // A verb in the past ("the El Teniente mine fell", "… district voted") ends it too.
  return !next || /\S/.test(noun.post) || AFTER_AREA.has(next.text.toLowerCase()) || /^\p{Ll}+ed$/u.test(next.text);
}

/**
 * The capitalised words right before `at`, joined by spaces only (the last may have a comma
 * after it, in a list); an everyday word opening the sentence is no name.
 */
function nameBefore(units: readonly Unit[], at: number, commaAfter = false): Unit[] {
  const words: Unit[] = [];
  for (let j = at - 1; j >= 0 && words.length < MAX_WORDS; j--) {
    const u = units[j] as Unit;
    const post = commaAfter && j === at - 1 ? u.post.replace(/^,/, '') : u.post;
    if (!isCapitalised(u) || (u.first && isEverydayWord(u.text)) || u.tags.has('Possessive') || /\S/.test(post)) break;
    words.unshift(u);
  }
  return words;
}
