import type { Sentence, Unit } from './analyse.js';
import { isAcronym } from './classify-run.js';
import type { Run } from './runs.js';
import { CONNECTORS } from './word-lists.js';

/** "Collective Security Treaty Organization (CSTO)": a long form and the short form it defines. */
export interface AcronymDefinition {
  longStart: number;
  longEnd: number;
  acronym: string;
  start: number;
  end: number;
  /** "UAVs": a plural short form names things, not an organisation. */
  plural: boolean;
}

/** Acronyms defined in parentheses right after the capitalised phrase they abbreviate. */
export function findAcronymDefinitions(sentences: Sentence[], runs: Run[]): AcronymDefinition[] {
  const byLastUnit = new Map<Unit, Run>();
  for (const r of runs) byLastUnit.set(r.units[r.units.length - 1] as Unit, r);
  const out: AcronymDefinition[] = [];
  for (const s of sentences) {
    for (let i = 1; i < s.units.length; i++) {
      const u = s.units[i] as Unit;
      if (!u.pre.includes('(') || !u.post.trimStart().startsWith(')') || !isAcronym(u)) continue;
      const run = byLastUnit.get(s.units[i - 1] as Unit);
      if (!run) continue;
      const letters = u.text.replace(/s$/, '').replace(/[^A-Z0-9]/g, '');
      for (const units of candidateLongForms(run, s, byLastUnit)) {
        const lead = (units[0] as Unit).text.toLowerCase();
        if (CONNECTORS.has(lead) || lead === 'the') continue;
        if (initialsMatch(letters, initials(units)) || initialsMatch(letters, initials(units, true))) {
          // The full span, with the small word between ("… Mission in Afghanistan") kept inside.
          const whole = s.units.slice(s.units.indexOf(units[0] as Unit), i);
          out.push({
            longStart: (whole[0] as Unit).start,
            longEnd: (whole[whole.length - 1] as Unit).end,
            acronym: u.text,
            start: u.start,
            end: u.end,
            plural: /[A-Z]s$/.test(u.text),
          });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Long forms to try, longest first within the run; then the run joined to the one before it
 * across one small word ("United Nations Assistance Mission in Afghanistan (UNAMA)").
 */
function* candidateLongForms(run: Run, s: Sentence, byLastUnit: Map<Unit, Run>): Generator<Unit[]> {
  const first = run.units[0] as Unit;
  const at = s.units.indexOf(first);
  const joiner = s.units[at - 1];
  const prev = at >= 2 ? byLastUnit.get(s.units[at - 2] as Unit) : undefined;
  if (
    prev &&
    joiner &&
    /^(in|at|on|for|of)$/.test(joiner.text) &&
    !/[^\s]/.test(joiner.post) &&
    !/[^\s]/.test((s.units[at - 2] as Unit).post)
  ) {
    for (let k = 0; k < prev.units.length; k++) yield [...prev.units.slice(k), ...run.units];
  }
  for (let k = 0; k < run.units.length; k++) yield run.units.slice(k);
}

/**
 * Initial letters of the significant words and hyphen parts ("Gorno-Badakhshan Autonomous Region"
 * → GBAR); with `wholeAcronyms`, a short all-capital word gives all its letters ("UN Assistance
 * Mission in Afghanistan" → UNAMA).
 */
function initials(units: Unit[], wholeAcronyms = false): string {
  let s = '';
  for (const u of units) {
    if (CONNECTORS.has(u.text.toLowerCase())) continue;
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
