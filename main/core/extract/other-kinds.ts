import { gazetteerClass } from './gazetteer.js';
import type { Run } from './runs.js';
import { makeSpan, type Span } from './span.js';
import type { NamedEntityType } from './types.js';

/** Plural kinds of place and of body that "and other" may close a list with. */
const PLACE_KINDS = 'airports|cities|towns|villages|countries|nations|ports|states|provinces|regions|islands|capitals';
const BODY_KINDS =
  'companies|firms|banks|lenders|insurers|airlines|carriers|groups|agencies|organi[sz]ations|retailers|newspapers|parties|unions';
/** "…, Shannon and other airports", "…, MSC and other shipping lines": one word may stand before the kind. */
const AND_OTHER = new RegExp(`^,?\\s+and\\s+other\\s+(?:\\p{Ll}+\\s+)?(${PLACE_KINDS}|${BODY_KINDS})\\b`, 'u');
const IS_PLACE_KIND = new RegExp(`^(?:${PLACE_KINDS})$`);

/**
 * Names listed before "and other" and a plural kind are of that kind: "flights were diverted to
 * Gatwick, Paris Charles de Gaulle, Shannon and other airports" (the tagger read two people
 * there). Two names at least, commas between them; a name the lists know as something else stays
 * what it is.
 */
export function otherKindSpans(runs: readonly Run[], text: string): Span[] {
  const out: Span[] = [];
  runs.forEach((run, i) => {
    if (run.sentence.headline) return;
    const kind = AND_OTHER.exec(text.slice(endOf(run), endOf(run) + 60))?.[1];
    if (!kind) return;
    const type: NamedEntityType = IS_PLACE_KIND.test(kind) ? 'location' : 'organization';
    const listed = [run];
    for (let j = i - 1; j >= 0; j--) {
      const previous = runs[j]!;
      if (previous.sentence !== run.sentence || !/^,\s+$/.test(text.slice(endOf(previous), startOf(listed[0]!)))) break;
      listed.unshift(previous);
    }
    if (listed.length < 2) return;
    for (const r of listed) {
      const known = gazetteerClass(text.slice(startOf(r), endOf(r)));
      if (known === null || known === type) out.push(makeSpan(startOf(r), endOf(r), type, 'apposition'));
    }
  });
  return out;
}

/** Where a run's name starts: after an article or a connector that opens it. */
function startOf(run: Run): number {
  const first = run.units.find((u) => !/^(?:the|The|of|and|for)$/.test(u.text)) ?? run.units[0]!;
  return first.start;
}

function endOf(run: Run): number {
  return run.units[run.units.length - 1]!.end;
}
