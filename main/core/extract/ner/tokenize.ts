/**
 * Splits text into tokens that each keep their exact character offsets, close to the
 * conventions of the training sets (CoNLL / Universal Dependencies): punctuation apart,
 * possessive 's apart, abbreviations such as "U.S." and "Gen." whole, hyphenated words whole,
 * @handles, #hashtags, URLs and e-mail addresses whole. Then groups tokens into sentences.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TITLE_ABBREVIATIONS =
  'Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cpt|Maj|Brig|Adm|Cmdr|Sen|Rep|Gov|Pres|Rev|Hon|St|Mt|Ft|Jr|Sr|Inc|Ltd|Corp|Co|Bros|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Dept|Univ|approx|est';

const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]]`, // URL, trailing punctuation left out
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
    String.raw`[@#][\p{L}\p{N}_]+`, // handle or hashtag
    String.raw`[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|int|mil|info|io)(?![\p{L}\p{N}])`, // yelp.com
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S., e.g.
    String.raw`\b(?:${TITLE_ABBREVIATIONS})\.`, // Gen., Nov.
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // an initial: J. Smith
    String.raw`\p{N}+(?:[.,:\/-]\p{N}+)*(?:\p{L}+)?`, // 1,200 · 13.5 · 2025-12-13 · 5km
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`, // words, Gorno-Badakhshan, O'Brien
    String.raw`([^\s\p{L}\p{M}\p{N}])\1*`, // punctuation, runs of the same mark ("...", "--") kept together
  ].join('|'),
  'gu',
);

/** Possessives and clitics go apart as in the training sets: "Rahmon's" → "Rahmon" "'s", "don't" → "do" "n't". */
const CLITIC = /^(.*\p{L})(['’][sS]|[nN]['’][tT]|['’](?:[mMdD]|re|RE|ve|VE|ll|LL))$/u;

/**
 * Runs without a space longer than this are cut into pieces of this length before matching: on
 * one 5 MB "word" the pattern's failing alternatives (e-mail, web address) backtracked across
 * the whole run, and V8 ran out of regexp stack ("Maximum call stack size exceeded").
 */
const MAX_RUN = 4096;

/** The text in pieces, each with its offset: normal text whole, runs longer than MAX_RUN cut. */
function pieces(text: string): Array<[number, string]> {
  // A loop, not a regexp: `\S{4097,}` itself overflowed the regexp stack on 20 MB of one word.
  const out: Array<[number, string]> = [];
  let from = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_RUN) {
      if (runStart > from) out.push([from, text.slice(from, runStart)]);
      for (let j = runStart; j < i; j += MAX_RUN) out.push([j, text.slice(j, Math.min(i, j + MAX_RUN))]);
      from = i;
    }
    runStart = i + 1;
  }
  if (from === 0) return [[0, text]];
  if (from < text.length) out.push([from, text.slice(from)]);
  return out;
}

/** The characters `\s` matches. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const [offset, piece] of pieces(text)) tokenizePiece(piece, offset, tokens);
  return tokens;
}

function tokenizePiece(text: string, offset: number, tokens: Token[]): void {
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const start = offset + m.index;
    const word = m[0];
    const p = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
    if (p) {
      const stem = p[1]!;
      tokens.push({ text: stem, start, end: start + stem.length });
      tokens.push({ text: p[2]!, start: start + stem.length, end: start + word.length });
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
}

/** Longer runs without an end mark (tables, junk, one huge line) are cut so decoding stays linear. */
export const MAX_SENTENCE_TOKENS = 200;

/** After an end mark, a sentence starts with a word, a number or an opening quote or bracket (web text often starts lower-case). */
const OPENERS = /^[\p{L}\p{N}"“‘'([@#]/u;

/**
 * Sentences as [startToken, endToken) pairs. A sentence ends at a free-standing ".", "!" or "?"
 * before a word (abbreviations such as "Gen." keep their dot, so they never end one), or at a
 * line break (headlines and list items are their own sentences).
 */
export function splitSentences(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let end = i + 1 - begin >= MAX_SENTENCE_TOKENS || next === undefined;
    if (!end && next) {
      if (hasLineBreak(text, t.end, next.start)) end = true;
      else if ((t.text === '.' || t.text === '!' || t.text === '?' || t.text === '...') && OPENERS.test(next.text))
        end = true;
      else if (endsDateline(tokens, begin, i)) end = true;
    }
    if (end) {
      out.push([begin, i + 1]);
      begin = i + 1;
    }
  }
  return out;
}

/** Longest dateline, in tokens: "GORNO-BADAKHSHAN, Tajikistan (AP) —". */
const MAX_DATELINE_TOKENS = 10;

/**
 * A news dateline ("WASHINGTON —", "DUSHANBE, Tajikistan (AP) —") is its own sentence, so the
 * word after its dash opens a sentence ("— The Senate voted") as it would after a full stop.
 */
function endsDateline(tokens: readonly Token[], begin: number, i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!/^(?:—|–|--|-)$/.test(t.text) || !next || !/^\p{Lu}/u.test(next.text) || i - begin > MAX_DATELINE_TOKENS)
    return false;
  const first = tokens[begin]!.text;
  return /^\p{Lu}{3,}(?:[-'’]\p{Lu}+)*$/u.test(first);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
