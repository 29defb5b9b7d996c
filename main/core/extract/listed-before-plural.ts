import { LIST_GAP, splitAtAnd } from './apposition.js';
import { gazetteerClass, isDemonym } from './gazetteer.js';
import type { Run } from './runs.js';
import { makeSpan, type Span } from './span.js';

/** The plural of a kind of body, right after the last name of a list. */
const BODIES_AFTER = /^\s+(?:chains|brands|banks|lenders|airlines|carriers|retailers|unions|parties|groups)\b/;
/** What opens such a list: an article or an owner ("the Food Lion, …", "its …", "Ahold's …"). */
const OPENED_BY = /(?:\b(?:the|its|their)|[\p{L}.]['’]s)\s+$/u;

/**
 * "the Food Lion, Stop & Shop, Hannaford and Giant Food chains": names listed before the plural
 * of a kind of body, after an article or an owner, are each a body (not a known place or person,
 * nor a nationality: "the Dutch and Belgian banks").
 */
export function listedBeforePluralSpans(runs: readonly Run[], text: string): Span[] {
  const out: Span[] = [];
  let list: Run[] = [];
  for (const run of runs) {
    const previous = list[list.length - 1];
    const gap = previous?.sentence === run.sentence ? text.slice(end(previous), start(run)) : null;
    if (gap !== null && LIST_GAP.test(gap)) list.push(run);
    else list = [run];
    if (list.length < 2 || !BODIES_AFTER.test(text.slice(end(run), end(run) + 20))) continue;
    if (!OPENED_BY.test(text.slice(Math.max(0, start(list[0]!) - 24), start(list[0]!)))) continue;
    // "… Hannaford and Giant Food": a run holds the last two of the list ("&" stays inside a name).
    for (const part of list.flatMap((r) => splitAtAnd(r.units, false))) {
      const from = part[0]!.start;
      const to = part[part.length - 1]!.end;
      const known = gazetteerClass(text.slice(from, to));
      if (known === 'location' || known === 'person' || isDemonym(text.slice(from, to))) continue;
      out.push(makeSpan(from, to, 'organization', 'apposition'));
    }
  }
  return out;
}

const start = (r: Run) => r.units[0]!.start;
const end = (r: Run) => r.units[r.units.length - 1]!.end;
