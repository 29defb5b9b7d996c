import type { Sentence, Unit } from './analyse.js';
import { isAcronym } from './classify-run.js';
import { gazetteerClass } from './gazetteer.js';
import type { Run } from './runs.js';
import { CONNECTORS, COUNTRY_ABBREVIATION } from './word-lists.js';

/** "Collective Security Treaty Organization (CSTO)": a long form and the short form it defines. */
export interface AcronymDefinition {
  longStart: number;
  longEnd: number;
  acronym: string;
  start: number;
  end: number;
  /** "UAVs": a plural short form names things, not an organisation. */
  plural: boolean;
  /**
   * Whether the short form spells the long one. "General Confederation of Labour (CGT)" does
   * not: its acronym is of the name in another language; such a definition holds only where
   * the long form is an organisation (rule-names.ts).
   */
  spelled: boolean;
}

/**
 * "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": a body the
 * lists know, opening the run before the long form the acronym spells, owns it and is part of its
 * name; its first word, or null.
 */
function owningBody(run: Run, longFirst: Unit): Unit | null {
  const at = run.units.indexOf(longFirst);
  const from = run.units[0]?.text.toLowerCase() === 'the' ? 1 : 0;
  if (at <= from) return null;
  const owner = run.units.slice(from, at);
  const text = owner.map((u) => u.text).join(' ');
  return owner.every((u) => !/\S/.test(u.post)) && gazetteerClass(text) === 'organization' ? owner[0]! : null;
}

/** An acronym that keeps some small letters: "FinCEN", "DoJ"; its capitals spell the long form. */
const CAMEL_ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Za-z]{2,7}$/;

/** Acronyms defined in parentheses right after the capitalised phrase they abbreviate. */
export function findAcronymDefinitions(sentences: Sentence[], runs: Run[]): AcronymDefinition[] {
  const byLastUnit = new Map<Unit, Run>();
  for (const r of runs) byLastUnit.set(r.units[r.units.length - 1] as Unit, r);
  const out: AcronymDefinition[] = [];
  for (const s of sentences) {
    for (let i = 1; i < s.units.length; i++) {
      const u = s.units[i] as Unit;
      if (!u.pre.includes('(') || !u.post.trimStart().startsWith(')') || !(isAcronym(u) || CAMEL_ACRONYM.test(u.text)))
        continue;
      const run = byLastUnit.get(s.units[i - 1] as Unit);
      if (!run) continue;
      const letters = u.text.replace(/s$/, '').replace(/[^A-Z0-9]/g, '');
      let found = false;
      const candidates = [...candidateLongForms(run, s, byLastUnit)].filter((units) => {
        const lead = (units[0] as Unit).text.toLowerCase();
        return !CONNECTORS.has(lead) && lead !== 'the';
      });
      // A long form whose initials are the acronym exactly wins over a longer one that only
      // contains them ("Independent Patriots for Change (IPC)", not "Itula of the Independent …").
      const exact = candidates.find((units) => initials(units) === letters);
      for (const units of exact ? [exact] : candidates) {
        // The full span, with the small word between ("… Mission in Afghanistan") kept inside.
        const whole = s.units.slice(s.units.indexOf(units[0] as Unit), i);
        if (
          initialsMatch(letters, initials(units)) ||
          initialsMatch(letters, initials(units, true)) ||
          initialsMatch(letters, initials(whole, false, true)) ||
          lettersSpelled(letters, whole)
        ) {
          // "U.S. Central Command (CENTCOM)": the country's abbreviation before the long form is
          // part of the name, though the acronym leaves it out.
          const before = s.units[s.units.indexOf(whole[0] as Unit) - 1];
          const owner =
            before && COUNTRY_ABBREVIATION.test(before.text) && !/\S/.test(before.post)
              ? before
              : owningBody(run, whole[0] as Unit);
          out.push({
            longStart: (owner ?? (whole[0] as Unit)).start,
            longEnd: (whole[whole.length - 1] as Unit).end,
            acronym: u.text,
            start: u.start,
            end: u.end,
            plural: /[A-Z]s$/.test(u.text),
            spelled: true,
          });
          found = true;
          break;
        }
      }
      // Otherwise the whole run before it, perhaps the name translated ("… of Labour (CGT)", "… of
      // the People of Azawad (CSP-DPA)").
      const lead = run.units.findIndex((w) => !CONNECTORS.has(w.text.toLowerCase()) && w.text.toLowerCase() !== 'the');
      if (!found && lead >= 0 && run.units.length - lead >= 2 && /^[A-Z]{2,6}(?:-[A-Z]{2,6})?$/.test(u.text))
        out.push({
          longStart: (run.units[lead] as Unit).start,
          longEnd: (run.units[run.units.length - 1] as Unit).end,
          acronym: u.text,
          start: u.start,
          end: u.end,
          plural: false,
          spelled: false,
        });
    }
  }
  return out;
}

/** Small words that may stand between the capitalised parts of one long form ("… of Iraq and the Levant"). */
const JOINERS = /^(?:in|at|on|for|of|and|the|to|de|du|des|la|le|al)$/;
/** How many earlier runs a long form may reach back over ("Organization for Security and Co-operation in Europe"). */
const MAX_JOINED_RUNS = 3;

/**
 * Long forms to try, longest first: the run joined to up to three runs before it across one or
 * two small words ("Islamic State of Iraq and the Levant (ISIL)", "Organization for Security and
 * Co-operation in Europe (OSCE)"), then the run alone, each from every starting word.
 */
function* candidateLongForms(run: Run, s: Sentence, byLastUnit: Map<Unit, Run>): Generator<Unit[]> {
  const chain: Unit[][] = [run.units];
  let at = s.units.indexOf(run.units[0] as Unit);
  for (let hops = 0; hops < MAX_JOINED_RUNS; hops++) {
    let j = at - 1;
    let joiners = 0;
    while (
      j >= 0 &&
      joiners < 2 &&
      JOINERS.test((s.units[j] as Unit).text) &&
      !/[^\s]/.test((s.units[j] as Unit).post)
    ) {
      j--;
      joiners++;
    }
    if (!joiners || j < 0 || /[^\s]/.test((s.units[j] as Unit).post)) break;
    const prev = byLastUnit.get(s.units[j] as Unit);
    if (!prev) break;
    chain.unshift(prev.units);
    at = s.units.indexOf(prev.units[0] as Unit);
  }
  for (let c = 0; c < chain.length; c++) {
    const rest = chain.slice(c + 1).flat();
    const first = chain[c] as Unit[];
    for (let k = 0; k < first.length; k++) yield [...first.slice(k), ...rest];
  }
}

/**
 * Initial letters of the significant words and hyphen parts ("Gorno-Badakhshan Autonomous Region"
 * → GBAR); with `wholeAcronyms`, a short all-capital word gives all its letters ("UN Assistance
 * Mission in Afghanistan" → UNAMA); with `smallWords`, the small words count too, as some
 * acronyms spell them ("African Union Transition Mission in Somalia" → ATMIS).
 */
function initials(units: Unit[], wholeAcronyms = false, smallWords = false): string {
  let s = '';
  for (const u of units) {
    if (!smallWords && CONNECTORS.has(u.text.toLowerCase())) continue;
    for (const part of u.text.split('-')) {
      if (!part) continue;
      s += wholeAcronyms && /^[A-Z]{2,4}$/.test(part) ? part : (part[0] as string).toUpperCase();
    }
  }
  return s;
}

/** Same first letter, and either the same length with one letter off or a subsequence missing at most two. */
export function initialsMatch(acronym: string, init: string): boolean {
  if (acronym.length < 2 || init.length < 2 || acronym[0] !== init[0]) return false;
  if (acronym === init) return true;
  if (acronym.length === init.length) {
    let diff = 0;
    for (let i = 0; i < init.length; i++) if (acronym[i] !== init[i]) diff++;
    return diff <= 1 && acronym.length >= 3;
  }
  if (init.length < acronym.length || init.length - acronym.length > 2) return false;
  let j = 0;
  for (const c of init) if (c === acronym[j]) j++;
  return j === acronym.length;
}

/**
 * The looser test of Schwartz and Hearst's abbreviation finder, for acronyms that take letters
 * from inside words ("Intergovernmental Authority on Development" → IGAD): the first letter opens
 * the first word, the last comes from the last word, and every letter is found in order.
 * Three letters at least, so two-letter pairs do not match everything.
 */
function lettersSpelled(acronym: string, units: Unit[]): boolean {
  if (acronym.length < 3 || !/^[A-Z]+$/.test(acronym)) return false;
  // One word may spell it from its syllables ("Kuomintang (KMT)"), if long enough not to by chance.
  if (units.length < 2 && (units.length === 0 || (units[0] as Unit).text.length < 3 * acronym.length)) return false;
  const words = units.map((u) => u.text.toUpperCase());
  if (words[0]![0] !== acronym[0]) return false;
  const last = words[words.length - 1]!;
  if (!last.includes(acronym[acronym.length - 1]!)) return false;
  const phrase = words.join(' ');
  let at = 1;
  for (let i = 1; i < acronym.length; i++) {
    at = phrase.indexOf(acronym[i]!, at);
    if (at === -1) return false;
    at++;
  }
  // The last letter must land in the last word, or the phrase runs on past what the acronym spells.
  return at > phrase.length - last.length;
}
