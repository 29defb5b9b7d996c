import { NUMBER_WORDS } from './number-words.js';
import type { IdentifierType } from './types.js';

/** Counts of people also take the tens and rough plurals ("hundreds of refugees"). */
const WORDS: Record<string, number> = {
  ...NUMBER_WORDS,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundreds: 200,
  thousands: 2000,
};
const PEOPLE =
  'people|persons|nationals|citizens|civilians|soldiers|troops|servicemen|officers|policemen|police officers|guards|militants|fighters|insurgents|rebels|terrorists|gunmen|engineers|workers|labourers|laborers|refugees|migrants|children|women|men|students|personnel|casualties|hostages|prisoners|detainees|suspects|members|journalists|protesters|demonstrators|residents|villagers|tourists|employees|staff|diplomats|officials|pilgrims|passengers|crew|victims|dead|wounded|injured';
const NUMBER = `(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(WORDS).join('|')})`;
/** A count, up to three modifiers ("Chinese", "Tajik security"), then a word for people. */
const RE = new RegExp(
  `\\b(?:(at least|more than|over|about|nearly|almost|some|around)\\s+)?${NUMBER}(?:\\s+of)?((?:\\s+[\\p{L}-]+){0,3}?)\\s+(${PEOPLE})\\b`,
  'giu',
);
const STOP = /^(?:years?|days?|months?|weeks?|hours?|times|percent|per|km|miles|and|or|of|the|in|at|on)$/i;

/** Counts of people: "five Chinese nationals", "at least 12 soldiers". Value: the count. */
export function peopleQuantities(text: string): { type: IdentifierType; start: number; end: number; value: string }[] {
  const out: { type: IdentifierType; start: number; end: number; value: string }[] = [];
  for (const m of text.matchAll(RE)) {
    const mods = (m[3] ?? '').trim().split(/\s+/).filter(Boolean);
    if (mods.some((w) => STOP.test(w) || /^\d/.test(w))) continue;
    const raw = (m[2] as string).toLowerCase();
    const n = WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(n) || n <= 0) continue;
    const start = m.index + (m[1] ? 0 : m[0].length - m[0].trimStart().length);
    out.push({ type: 'quantity', start, end: m.index + m[0].length, value: String(n) });
  }
  return out;
}
