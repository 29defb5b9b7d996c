import type { Sentence, Unit } from './analyse.js';
import { gazetteerClass, isDemonym, isEverydayWord } from './gazetteer.js';
import { isCapitalised } from './runs.js';
import { makeSpan, type Span } from './span.js';

/**
 * A distance right after a name and its comma: "reached Tawila, about 60 km to the west",
 * "Pokrovsk, 50 miles north of Donetsk". Only a place is so far from somewhere.
 */
const DISTANCE_AFTER =
  /^,\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?\d[\d,.]*\s*-?(?:km|kilometres?|kilometers?|miles?)\b/u;
/** Longest name taken before the distance. */
const MAX_WORDS = 3;

/** Places named with their distance from somewhere, whatever the tagger made of the name. */
export function distancePlaceSpans(sentences: readonly Sentence[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    if (s.headline) continue;
    s.units.forEach((u, i) => {
      if (!isCapitalised(u) || !DISTANCE_AFTER.test(text.slice(u.end, u.end + 60))) return;
      const words = nameEndingAt(s.units, i);
      if (!words.length) return;
      const name = words.map((w) => w.text).join(' ');
      const known = gazetteerClass(name);
      if (known === 'organization' || known === 'person' || isDemonym(name)) return;
      const place = makeSpan(words[0]!.start, words[words.length - 1]!.end, 'location', 'head-rule');
      out.push({ ...place, strength: place.strength + 0.5 });
    });
  }
  return out;
}

/** The capitalised words ending with units[at], joined by spaces only; an everyday word opening the sentence is no name. */
function nameEndingAt(units: readonly Unit[], at: number): Unit[] {
  const words: Unit[] = [];
  for (let j = at; j >= 0 && words.length < MAX_WORDS; j--) {
    const u = units[j] as Unit;
    if (!isCapitalised(u) || u.tags.has('Possessive') || (j < at && /\S/.test(u.post))) break;
    if (u.first && isEverydayWord(u.text)) break;
    words.unshift(u);
  }
  return words;
}
