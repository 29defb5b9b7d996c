import type { Sentence } from './analyse.js';
import type { ExtractedDate, ExtractedEntity, ExtractedEvent } from './types.js';

/** Words that make a sentence report something that happened (stems: "strike" covers "strikes"). */
const TRIGGERS = [
  'strike', 'airstrike', 'attack', 'assault', 'bombing', 'explosion', 'blast', 'clash', 'skirmish', 'shelling', 'shooting',
  'raid', 'ambush', 'killed', 'killing', 'wounded', 'injured', 'kidnap', 'abduct', 'hostage', 'arrest', 'detain',
  'meeting', 'met with', 'summit', 'conference', 'talks', 'visit', 'negotiation', 'agreement', 'treaty', 'signed',
  'election', 'protest', 'riot', 'coup', 'invasion', 'offensive', 'ceasefire', 'exercise', 'drill', 'deployment',
  'deployed', 'sanction', 'seized', 'seizure', 'smuggling', 'trafficking', 'crash', 'fire', 'earthquake', 'flood',
  'incursion', 'violation', 'execution', 'sentenced', 'trial', 'launched', 'fired',
];
const TRIGGER_RE = new RegExp(`\\b(${TRIGGERS.map((t) => t.replace(/ /g, '\\s+')).join('|')})(?:s|es|ed|ing)?\\b`, 'i');

const NAMED = new Set(['person', 'organization', 'location']);

/**
 * Suggested events: a sentence that carries a resolved date or an event word and names at least
 * one entity. The analyst confirms or rejects them; the sentence is the citation.
 */
export function suggestEvents(text: string, sentences: Sentence[], entities: ExtractedEntity[], dates: ExtractedDate[]): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let e = 0;
  let d = 0;
  for (const s of sentences) {
    while (e < entities.length && (entities[e] as ExtractedEntity).start < s.start) e++;
    while (d < dates.length && (dates[d] as ExtractedDate).start < s.start) d++;
    const inside: ExtractedEntity[] = [];
    for (let i = e; i < entities.length && (entities[i] as ExtractedEntity).end <= s.end; i++) inside.push(entities[i] as ExtractedEntity);
    const named = inside.filter((x) => NAMED.has(x.type));
    if (named.length === 0) continue;
    const date = d < dates.length && (dates[d] as ExtractedDate).end <= s.end ? (dates[d] as ExtractedDate) : null;
    const sentenceText = text.slice(s.start, s.end);
    const trigger = findTrigger(sentenceText, s.start, named);
    if (!trigger && !date) continue;
    if (s.headline && !date) continue;
    const location = named.find((x) => x.type === 'location') ?? null;
    const seen = new Set<string>();
    const participants: ExtractedEvent['participants'] = [];
    for (const x of inside) {
      if (x === location || x.type === 'money' || x.type === 'url') continue;
      const id = `${x.type}:${x.key}`;
      if (seen.has(id) || (location && x.key === location.key && x.type === 'location')) continue;
      seen.add(id);
      participants.push({ key: x.key, type: x.type, role: x.type === 'location' ? 'place' : x.type === 'quantity' ? 'count' : 'participant' });
    }
    events.push({ title: titleOf(sentenceText, trigger, location, named), start: s.start, end: s.end, date, locationKey: location?.key ?? null, participants, trigger });
  }
  return events;
}

/** The first event word outside the names ("Treaty" in "Collective Security Treaty Organization" is not one). */
function findTrigger(sentence: string, offset: number, names: ExtractedEntity[]): string | null {
  const re = new RegExp(TRIGGER_RE.source, 'gi');
  for (const m of sentence.matchAll(re)) {
    const at = offset + m.index;
    if (!names.some((n) => n.start <= at && at < n.end)) return m[0].toLowerCase();
  }
  return null;
}

/** "Strikes in Gorno-Badakhshan: Tajikistan, Taliban" — or the sentence's opening words. */
function titleOf(sentence: string, trigger: string | null, location: ExtractedEntity | null, named: ExtractedEntity[]): string {
  const names = [...new Set(named.filter((x) => x !== location && x.key !== location?.key).map((x) => x.canonical))].slice(0, 3);
  if (trigger) {
    const head = `${trigger[0]?.toUpperCase()}${trigger.slice(1)}${location ? ` in ${location.canonical}` : ''}`;
    return names.length ? `${head}: ${names.join(', ')}` : head;
  }
  const words = sentence.replace(/\s+/g, ' ').trim();
  if (words.length <= 90) return words;
  const cut = words.lastIndexOf(' ', 87);
  return `${words.slice(0, cut > 40 ? cut : 87)}…`;
}
