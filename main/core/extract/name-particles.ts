import type { Span } from './span.js';
import { gazetteerClass, isDemonym, isEverydayWord } from './gazetteer.js';
import { isHyphenatedGivenName } from './runs.js';
import { NAME_PARTICLES, PARTY_ADJECTIVES, PERSON_TITLES, TITLE_MODIFIERS } from './word-lists.js';

const PARTICLE_WORD = /^\s+(\p{L}+)/u;
const NAME_WORD = /^\s+(\p{Lu}[\p{L}\p{M}’'-]*?)(?:['’]s)?(?=$|[^\p{L}\p{M}’'-])/u;

/** Whether a word is one that joins the parts of a person's name ("von", "da", "Le"). */
export const isNameParticle = (word: string) => NAME_PARTICLES.has(word.toLowerCase());

/**
 * Gives a person's name back the particles the tagger left out of it. The tagger broke names at
 * a lower-case particle ("Ursula" and "Leyen"; "Lula" and "Silva") and took a capitalised
 * surname word that is also an everyday word for a common noun ("Marine", "Le", no "Pen"). Here:
 * a person's name followed by particles and a capitalised word (or ending in a particle, "Le",
 * before one) takes them in, and a person's name after particles takes them in when they are
 * capitalised ("Le Pen") or when the document writes the same name with them in full ("… and
 * von der Leyen said"). Spans of any type inside the longer name give way to it.
 */
export function joinNameParticles(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const grown = sorted.map((s) =>
    s.type === 'person'
      ? { ...s, end: compoundTailEnd(text, particleTailEnd(text, s)) }
      : { ...s, end: articleTailEnd(text, s.end) },
  );
  const people = grown.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  const withHeads = grown.map((s) =>
    s.type === 'person' ? { ...s, start: givenNameStart(text, particleHeadStart(text, s, people)) } : s,
  );
  // A span inside a grown name is part of it ("Le", "Leyen" after "Ursula"), unless it is that name.
  const persons = withHeads.filter((s, i) => s.type === 'person' || s.end !== sorted[i]!.end);
  return withHeads.filter(
    (s) => !persons.some((p) => p !== s && p.start <= s.start && s.end <= p.end && p.end - p.start > s.end - s.start),
  );
}

/**
 * "Deir" + " el-Zor", "Hayat Tahrir" + " al-Sham": an Arabic article joined by a hyphen to the
 * capitalised word after it belongs to the name before it, whatever that names.
 */
const ARTICLE_TAIL = /^ (?:el|al|ad|ar|as|ash|az|an|at|ed|es|ez|et)-\p{Lu}[\p{L}\p{M}'’]*/u;

function articleTailEnd(text: string, end: number): number {
  const m = ARTICLE_TAIL.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}

/** Where a person's name ends once the particles and the name word after them are taken in. */
function particleTailEnd(text: string, s: Span): number {
  const lastWord = /(\p{L}+)$/u.exec(text.slice(s.start, s.end))?.[1] ?? '';
  let at = s.end;
  let particles = 0;
  for (;;) {
    const m = PARTICLE_WORD.exec(text.slice(at, at + 12));
    if (!m || !isNameParticle(m[1]!) || text[at + m[0].length] === '-') break;
    at += m[0].length;
    particles++;
  }
  if (particles === 0 && !isNameParticle(lastWord)) return s.end;
  const name = NAME_WORD.exec(text.slice(at, at + 40));
  if (!name || isNameParticle(name[1]!)) return s.end;
  return at + (name[0].length - name[0].trimStart().length) + name[1]!.length;
}

/** Words that open a compound adjective of their own after a name ("Jones Long-term"). */
const COMPOUND_OPENERS =
  /^(?:Long|Short|Well|Pro|Anti|Non|Cross|Self|Post|Pre|Mid|Half|Full|High|Low|Ex|Co|Re|Far|Hard|Left|Right|Top|Year|Day|Week|Month|Time)$/;

/**
 * "a Taylor" + " Swift-themed class": the family name at the head of a compound adjective after a
 * person's name is part of the name (the compound's English ending is not; romanised given names
 * such as "Jae-in" are names whole).
 */
function compoundTailEnd(text: string, end: number): number {
  const m = /^ (\p{Lu}\p{Ll}+)-(\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(end, end + 40));
  if (!m || isHyphenatedGivenName(`${m[1]}-${m[2]}`) || !isEverydayWord(m[2]!) || COMPOUND_OPENERS.test(m[1]!))
    return end;
  return end + 1 + m[1]!.length;
}

/** A capitalised Arabic particle opening a person's name: "El Abidine Ben Ali", "Ould Ghazouani". */
const ARABIC_PARTICLE_OPENING = /^(?:El|Al|Ben|Bin|Ould|Abu) \p{Lu}/u;
/** The word before it, inside a sentence: "ousted Zine" of "ousted Zine El Abidine Ben Ali". */
const WORD_BEFORE = /[\p{Ll},] (\p{Lu}\p{Ll}+) $/u;
/** Words that may stand before a name without being part of it. */
const NOT_GIVEN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|But|And|When|While|After|Before|Since|As|If)$/;

/**
 * "that ousted Zine El Abidine Ben Ali": a name the rules or the tagger began at its capitalised
 * Arabic particle takes in the given name before it, an everyday word as it may be ("Zine"); not
 * a title, a party's adjective, a day, a month or a known name ("Tunisia El Abidine" is two).
 */
function givenNameStart(text: string, start: number): number {
  if (!ARABIC_PARTICLE_OPENING.test(text.slice(start, start + 12))) return start;
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const word = m?.[1];
  const lower = word?.toLowerCase() ?? '';
  if (!word || NOT_GIVEN.test(word) || [PERSON_TITLES, TITLE_MODIFIERS, PARTY_ADJECTIVES].some((l) => l.has(lower)))
    return start;
  if (gazetteerClass(word) !== null || isDemonym(word)) return start;
  return start - word.length - 1;
}

/** Where a person's name starts once the particles just before it are taken in. */
function particleHeadStart(text: string, s: Span, people: string[]): number {
  const from = Math.max(0, s.start - 12);
  // Any space: "… Scotland.\n\nVon der Leyen said" opens a paragraph with the particles.
  const words = text.slice(from, s.start).split(/\s/);
  // The last piece is what stands right before the name: nothing when a space separates them.
  if (words.pop() !== '') return s.start;
  // Only the particles right before the name, nearest first.
  let taken = 0;
  for (let i = words.length - 1; i >= 0 && isNameParticle(words[i]!); i--) taken++;
  if (taken === 0) return s.start;
  // The first of the 12 characters may be a word cut in half: never take it (unless the text or
  // a word begins right there).
  if (taken === words.length && from > 0 && /\S/.test(text[from - 1]!)) taken--;
  if (taken === 0) return s.start;
  const head = words.slice(words.length - taken).join(' ');
  const start = s.start - head.length - 1;
  const name = text.slice(start, s.end);
  const capitalised = /^\p{Lu}/u.test(head);
  const writtenInFull = people.some((p) => p.length > name.length && p.endsWith(` ${name}`));
  return capitalised || writtenInFull ? start : s.start;
}
