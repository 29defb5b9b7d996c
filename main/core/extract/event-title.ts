import type { EventType } from '../../../lib/vocabulary/event-types.js';
import type { Frame } from './event-frame.js';
import type { ExtractedEntity } from './types.js';

/** How each type reads with a named doer ("X attacks Y") and without one ("Attack on Y"). */
const WORDING: Record<EventType, { verb: string; noun: string; object: string }> = {
  attack: { verb: 'attacks', noun: 'Attack', object: 'on' },
  clash: { verb: 'clashes with', noun: 'Clash', object: 'with' },
  killing: { verb: 'kills', noun: 'Killing', object: 'of' },
  deployment: { verb: 'deploys forces', noun: 'Deployment', object: 'with' },
  statement: { verb: 'issues statement', noun: 'Statement', object: 'to' },
  meeting: { verb: 'meets', noun: 'Meeting', object: 'of' },
  call: { verb: 'calls', noun: 'Call', object: 'with' },
  request: { verb: 'asks', noun: 'Request', object: 'to' },
  agreement: { verb: 'signs agreement with', noun: 'Agreement', object: 'with' },
  arrest: { verb: 'arrests', noun: 'Arrest', object: 'of' },
  election: { verb: 'holds election', noun: 'Election', object: 'in' },
  withdrawal: { verb: 'withdraws', noun: 'Withdrawal', object: 'of' },
  political: { verb: 'takes power', noun: 'Change of government', object: 'in' },
  other: { verb: 'acts', noun: 'Event', object: 'with' },
};

/** "Taliban attacks Tajikistan in Gorno-Badakhshan (killed: 5)" — who did what to whom, where. */
export function eventTitle(
  ev: Omit<Frame, 'anaphoric' | 'headline' | 'gist'>,
  labelOf: (key: string) => string,
  place: ExtractedEntity | null,
  gist: string | null = null,
): string {
  const w = WORDING[ev.type];
  // "Election in …", "Change of government in …" name a place after "in", never a body.
  const fits = (p: Frame['participants'][number]) => w.object !== 'in' || p.type === 'location';
  const names = (roles: string[], only: (p: Frame['participants'][number]) => boolean = () => true): string[] => [
    ...new Set(ev.participants.filter((p) => roles.includes(p.role) && only(p)).map((p) => labelOf(p.key))),
  ];
  const doers = names(['agent', 'speaker']);
  const done = names(['target', 'victim', 'addressee']);
  const members = names(['member'], fits);
  const join = (xs: string[]): string =>
    xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, 2).join(', ')} and others`;
  let title: string;
  if (doers.length) {
    const to = ev.type === 'statement' ? ' to' : '';
    const verb = doers.length > 1 ? pluralVerb(w.verb) : w.verb;
    // "signs agreement with Danske Bank": a verb that ends in "with" takes the members as they
    // are; "holds election in Zambia" takes its place.
    const withMembers = / with$/.test(verb) ? '' : w.object === 'in' ? ' in' : ' with';
    const object = done.length ? `${to} ${join(done)}` : members.length ? `${withMembers} ${join(members)}` : '';
    title = `${join(doers)} ${object ? verb : verb.replace(/ (?:with|to)$/, '')}${object}`;
  } else {
    const whom = done.length ? done : members;
    // Nobody named did it or had it done to them: the sentence's own words say who did what
    // ("The Chinese side asked for armed protection …") better than "Request (asked)".
    // "Meeting of GBAO": a meeting of one named party says less than the sentence does.
    const lone = !done.length && members.length < 2 && gist !== null;
    title =
      whom.length && !lone
        ? `${w.noun} ${w.object} ${join(whom)}`
        : (gist ??
          `${w.noun}${ev.trigger && ev.type !== 'other' && !sameWord(ev.trigger, w.noun) ? ` (${ev.trigger})` : ''}`);
  }
  if (place && !title.includes(place.canonical)) title += ` in ${place.canonical}`;
  const counts = Object.entries(ev.counts).map(([k, n]) => `${k}: ${n}`);
  if (counts.length) title += ` (${counts.join(', ')})`;
  return title.slice(0, 200);
}

/** "Deployment (deployment)", "Attack (attacked)": the event word adds nothing when it is the type's own word. */
function sameWord(trigger: string, noun: string): boolean {
  const t = trigger.toLowerCase();
  const n = noun.toLowerCase();
  return t.startsWith(n);
}

/** The verb for several doers: "Tajikistan and Kyrgyzstan clash with …", "X and Y issue statement". */
function pluralVerb(verb: string): string {
  return verb.replace(/^(\S+?)(?:(?<=(?:ch|sh|ss|x))es|s)\b/, '$1');
}
