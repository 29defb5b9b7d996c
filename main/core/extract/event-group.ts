import type { EventType } from '../../../lib/vocabulary/event-types.js';
import type { Frame } from './event-frame.js';

/** Types that may report one occurrence in different words ("the strikes … killing five" / "the killings"). */
const FAMILY: Partial<Record<EventType, string>> = {
  attack: 'violence',
  clash: 'violence',
  killing: 'violence',
  meeting: 'meeting',
  call: 'meeting',
};
const family = (t: EventType): string => FAMILY[t] ?? t;

const doersOf = (f: Frame): Set<string> =>
  new Set(f.participants.filter((p) => p.role === 'agent' || p.role === 'speaker').map((p) => p.key));

/**
 * Mentions of one occurrence become one event with several citations. A later mention joins an
 * earlier event of the same kind unless something sets them apart: a different date, a
 * different place, or a different named doer. Headlines and restatements ("the attacks") never
 * start an event when a body mention of the same kind exists.
 */
export function groupFrames(frames: Frame[]): Frame[] {
  const body = frames.filter((f) => !f.headline);
  const groups: Frame[] = [];
  for (const f of body) {
    // The nearest earlier report it can be: a restatement points back to the last such event.
    const into = [...groups].reverse().find((g) => sameOccurrence(g, f));
    if (into) absorb(into, f);
    else if (!f.participants.length && !f.locationKey)
      continue; // a restatement of nothing reported
    else groups.push({ ...f, participants: [...f.participants], citations: [...f.citations], counts: { ...f.counts } });
  }
  for (const h of frames.filter((f) => f.headline)) {
    const into = groups.find((g) => family(g.type) === family(h.type) && !conflicts(g, h));
    if (into) into.citations.push(...h.citations);
  }
  return groups;
}

function sameOccurrence(g: Frame, f: Frame): boolean {
  if (family(g.type) !== family(f.type)) return false;
  if (conflicts(g, f)) return false;
  const a = doersOf(g);
  const b = doersOf(f);
  if (a.size && b.size && ![...b].some((k) => a.has(k))) return false;
  return true;
}

function conflicts(g: Frame, f: Frame): boolean {
  if (g.date && f.date && g.date.value.slice(0, 10) !== f.date.value.slice(0, 10)) return true;
  // A dated mention is a different occurrence from an undated one unless it points back ("the attacks").
  if (!g.date !== !f.date && !f.anaphoric) return true;
  if (g.locationKey && f.locationKey && g.locationKey !== f.locationKey && !f.anaphoric) return true;
  return false;
}

/** Fills what the group lacks from the new mention and adds its citation. */
function absorb(g: Frame, f: Frame): void {
  g.citations.push(...f.citations);
  g.date ??= f.date;
  if (!g.locationKey && f.locationKey) {
    g.locationKey = f.locationKey;
    g.locationLabel = f.locationLabel ?? null;
  }
  if (g.type === 'killing' && f.type === 'attack') g.type = 'attack';
  for (const [k, n] of Object.entries(f.counts) as [keyof Frame['counts'], number][]) g.counts[k] ??= n;
  // A later mention may name who did it when the first did not ("… carried out by ETIM").
  const roles = new Set(g.participants.map((p) => p.role));
  for (const p of f.participants) {
    const had = g.participants.find((q) => q.key === p.key && q.type === p.type);
    if (!had && p.role !== 'other' && !roles.has(p.role)) g.participants.push({ ...p });
    else if (had && had.role === 'other' && p.role !== 'other' && !roles.has(p.role)) had.role = p.role;
  }
}
