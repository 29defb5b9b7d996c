import type { Sentence, Unit } from './analyse.js';
import { isEverydayWord, namesRunsSplit } from './gazetteer.js';
import {
  CONNECTORS,
  LEGAL_SUFFIX_WORD,
  NEVER_NAMES,
  ORG_HEADS,
  PERSON_TITLES,
  PURPOSE_HEADS,
  PURPOSE_VERBS,
} from './word-lists.js';

/** A maximal run of capitalised units (with lower-case connectors inside), and its context. */
export interface Run {
  units: Unit[];
  sentence: Sentence;
  /** The unit before the run (null at the start of a sentence). */
  before: Unit | null;
  after: Unit | null;
}

/** Whether a unit could be (part of) a name by its spelling. */
/**
 * Urdu, Persian and Arabic names written with their linking particles: "Jamaat-ul-Ahrar",
 * "Hizb-ut-Tahrir", "Jaish-e-Mohammed" are names, not compound adjectives; so are French and
 * English places joined the same way ("Fos-sur-Mer", "Stratford-upon-Avon").
 */
const TRANSLITERATED_JOIN =
  /^\p{Lu}\p{L}+(?:-(?:e|i|ul|ud|ut|ur|us|uz|un|al|el|ad|as|at|ash|an|ar|az|wa|wal|sur|sous|en|lès|upon|on|under)-\p{Lu}\p{L}*)+$/u;

/**
 * Chinese and Korean given names written with a hyphen: "Ching-te" (Lai Ching-te), "Ing-wen",
 * "Jae-in", "Jong-un", "Ka-shing" (a longer syllable only in "-ng"). Two short syllables; not a compound adjective's short ending ("Kyiv-led",
 * "Pro-war", "Mid-term").
 */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-(\p{Ll}{1,4}|\p{Ll}{3,4}ng)$/u;
const SHORT_COMPOUND_ENDINGS = new Set(
  'led run old era free born made held wide like ish war rich poor size type day year side bound term rule time line scale up out off on down over back wing end zone'.split(
    ' ',
  ),
);

export function isHyphenatedGivenName(word: string): boolean {
  const m = HYPHENATED_GIVEN_NAME.exec(word);
  return !!m && !SHORT_COMPOUND_ENDINGS.has(m[1]!);
}

export function isCapitalised(u: Unit): boolean {
  if (NEVER_NAMES.has(u.text.toLowerCase())) return false;
  if (u.tags.has('Month') || u.tags.has('WeekDay')) return false;
  // "Chinese-backed", "Uyghur-linked": a compound adjective, not a name.
  // "Co-operation", "Non-Proliferation": a prefix joined to its word is one word, capitalised as a name's.
  if (
    /-\p{Ll}/u.test(u.text.replace(/^(al|el|ad|as|at|ash|wal|bin|ibn|de|van|von)-/i, '')) &&
    !/^(?:Co|Non|Anti|Counter|Inter|Pan|Trans)-\p{Ll}[^-]*$/u.test(u.text) &&
    !TRANSLITERATED_JOIN.test(u.text) &&
    !isHyphenatedGivenName(u.text)
  )
    return false;
  if (/^\p{Lu}/u.test(u.text))
    return /\p{L}/u.test(u.text.slice(1)) || (u.text.length === 1 && (u.tags.has('Acronym') || u.post.trim() === '.'));
  // "Galerie d'Apollon", "Musée d'Orsay": an elided French or Italian article before a name.
  return /^(al|el|ad|as|at|ash|wal|bin|ibn|de|van|von)-\p{Lu}/u.test(u.text) || /^[dl]['’]\p{Lu}/u.test(u.text);
}

/** Abbreviated titles whose full stop does not end a name ("Lt. Gen. Jubal Early", "Dr. Lee"). */
const DOTTED_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cmdr',
  'adm',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'messrs',
]);

/** Punctuation after a unit that ends a name ("Dushanbe," "Region (GBAO)"). */
/** Possessives that are part of a name rather than its owner: "People's Republic", "Workers' Party". */
const NAME_POSSESSIVES = new Set(['people', 'peoples', 'workers', 'women', 'children']);

/**
 * Whether "to" after `last` and before `after` joins a body's name ("Committee to Protect
 * Journalists"): only after a head word and before a verb of PURPOSE_VERBS, capitalised. In
 * running text a capitalised verb after "to" is a name's, not a sentence's.
 */
function joinsPurpose(last: Unit, to: Unit, after: Unit | undefined, headline: boolean): boolean {
  return (
    !headline &&
    to.text === 'to' &&
    !!after &&
    PURPOSE_HEADS.has(last.text.toLowerCase()) &&
    PURPOSE_VERBS.has(after.text.toLowerCase()) &&
    /^\p{Lu}\p{Ll}/u.test(after.text) &&
    !breaksAfter(last) &&
    !breaksAfter(to)
  );
}

function breaksAfter(u: Unit): boolean {
  if (u.post.trim() === '.' && (/^\p{Lu}$/u.test(u.text) || DOTTED_TITLES.has(u.text.toLowerCase()))) return false;
  if (u.tags.has('Possessive') && NAME_POSSESSIVES.has(u.text.toLowerCase()) && !/[^\s-]/.test(u.post)) return false;
  return /[^\s-]/.test(u.post) || u.tags.has('Possessive');
}

/**
 * "Palestinian Prisoners' Society", "Workers' Party": a plural's possessive apostrophe inside a
 * name, before a body's head word.
 */
function pluralPossessiveInName(u: Unit, next: Unit | undefined): boolean {
  return (
    !!next &&
    /s$/.test(u.text) &&
    /^['’]\s+$/.test(u.post) &&
    isCapitalised(u) &&
    isCapitalised(next) &&
    ORG_HEADS.has(next.text.toLowerCase())
  );
}

export function findRuns(sentence: Sentence): Run[] {
  const runs: Run[] = [];
  const us = sentence.units;
  let i = 0;
  while (i < us.length) {
    const u = us[i] as Unit;
    if (!isCapitalised(u)) {
      i++;
      continue;
    }
    // A listed name a run would split at a comma or a lower-case word, as written ("The Bureau
    // of Alcohol, Tobacco, …" opening a sentence: its "The" goes with it, as in any run).
    let listed = listedNameAt(us, u.text === 'The' ? i + 1 : i);
    // "Seven & i Holdings Co., which …": its legal suffix goes with it.
    if (listed > i && LEGAL_SUFFIX_WORD.test(us[listed + 1]?.text ?? '') && !/\S/.test((us[listed] as Unit).post))
      listed++;
    if (listed > i) {
      runs.push({ units: us.slice(i, listed + 1), sentence, before: us[i - 1] ?? null, after: us[listed + 1] ?? null });
      i = listed + 1;
      continue;
    }
    const units: Unit[] = [u];
    let j = i;
    // "Agents of the Bureau of Alcohol, Tobacco, …": the run stops where such a listed name starts.
    const startsListed = (k: number): boolean => listedNameAt(us, k) > k;
    while ((!breaksAfter(us[j] as Unit) || pluralPossessiveInName(us[j] as Unit, us[j + 1])) && j + 1 < us.length) {
      const next = us[j + 1] as Unit;
      if (/[(["“]/.test(next.pre)) break;
      if (isCapitalised(next)) {
        if (startsListed(j + 1)) break;
        units.push(next);
        j++;
        continue;
      }
      // A connector joins only when a capitalised unit follows it ("Ministry of Foreign Affairs").
      const lower = next.text.toLowerCase();
      const after = us[j + 2];
      if (joinsPurpose(us[j] as Unit, next, after, !!sentence.headline) && !/[(["“]/.test(after!.pre)) {
        units.push(next, after!);
        j += 2;
        continue;
      }
      // Portuguese "do" too ("Arena do Gremio", "Partido do Trabalho"), but not after a sentence's
      // first word ("Why do Americans …").
      const joins = CONNECTORS.has(lower) || (lower === 'do' && !(us[j] as Unit).first);
      if (joins && after && isCapitalised(after) && !/[(["“]/.test(after.pre) && !breaksAfter(next)) {
        if (startsListed(j + 2)) break;
        // "of the" is fine; two connectors in a row only as "of the" / "and the".
        units.push(next, after);
        j += 2;
        continue;
      }
      if (
        CONNECTORS.has(lower) &&
        lower !== 'and' &&
        after &&
        /^(the|der|den|de|la|le|du|da|del|al)$/.test(after.text.toLowerCase()) &&
        !breaksAfter(next)
      ) {
        const third = us[j + 3];
        if (third && isCapitalised(third) && !breaksAfter(after)) {
          if (startsListed(j + 3)) break;
          units.push(next, after, third);
          j += 3;
          continue;
        }
      }
      break;
    }
    const remitEnd = remitListEnd(us, units, j);
    if (remitEnd > j) {
      units.push(...us.slice(j + 1, remitEnd + 1));
      j = remitEnd;
    }
    runs.push({ units, sentence, before: us[i - 1] ?? null, after: us[j + 1] ?? null });
    i = j + 1;
  }
  return runs;
}

/** Ministries and departments, whose remits may be listed with commas. */
const LISTED_REMIT_HEADS = new Set(['ministry', 'department', 'minister', 'secretary']);

/**
 * "Ministry of Land, Infrastructure, Transport and Tourism", "Department for Environment, Food and
 * Rural Affairs": a ministry whose run stopped at a comma goes on over a list of its fields (one or
 * two everyday words each, the last after "and"). The index of the list's last unit, or `j`.
 */
function remitListEnd(us: readonly Unit[], run: readonly Unit[], j: number): number {
  const head = run.findIndex(
    (u, k) => LISTED_REMIT_HEADS.has(u.text.toLowerCase()) && /^(?:of|for)$/.test(run[k + 1]?.text ?? ''),
  );
  if (head < 0 || run.length - head > 4 || (us[j] as Unit).post !== ', ') return j;
  const field = (u: Unit | undefined) => !!u && /^\p{Lu}\p{Ll}+$/u.test(u.text) && isEverydayWord(u.text);
  // The field at `k`, of one word or two; the index of its last word.
  const fieldEnd = (k: number) => (field(us[k + 1]) && (us[k] as Unit).post === ' ' ? k + 1 : k);
  let k = j + 1;
  for (;;) {
    if (!field(us[k])) return j;
    k = fieldEnd(k);
    const post = (us[k] as Unit).post;
    // " and Tourism" or ", and Tourism": the last field, then the name ends.
    if (us[k + 1]?.text === 'and' && /^,?\s$/.test(post)) {
      if (!field(us[k + 2])) return j;
      k = fieldEnd(k + 2);
      return /[^\s.,;:)]/.test((us[k] as Unit).post) ? j : k;
    }
    if (post !== ', ') return j;
    k++;
  }
}

/**
 * The index of the last unit of a listed name that runs would split (gazetteer.ts
 * `namesRunsSplit`) starting at unit `i`, as written ("Bureau of Alcohol, Tobacco, Firearms and
 * Explosives"); -1 if none does.
 */
function listedNameAt(us: readonly Unit[], i: number): number {
  for (const name of namesRunsSplit()) {
    let written = '';
    for (let j = i; j < us.length; j++) {
      const u = us[j] as Unit;
      written += u.text;
      if (written === name) return j;
      written += u.post;
      if (!name.startsWith(written)) break;
    }
  }
  return -1;
}

/** Whether a unit is a person's title or role word ("President", "Minister", "Gen."). */
export function isTitleWord(u: Unit): boolean {
  return (
    // "its then-leader Heinz-Christian Strache", "ex-minister …": a title held once is a title.
    PERSON_TITLES.has(
      u.text
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/^(?:then|ex)-/, ''),
    ) ||
    (u.tags.has('Honorific') && !u.tags.has('Place') && !UNDOTTED_NAME_WORDS.has(u.text))
  );
}

/**
 * Honorifics that are also words of names when written without their full stop: "Hon." is a
 * title, "Hon" opens "Hon Hai Precision Industry".
 */
const UNDOTTED_NAME_WORDS = new Set(['Hon']);
