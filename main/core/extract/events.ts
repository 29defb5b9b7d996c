import type { Sentence } from './analyse.js';
import { datedMentions, frameOf, mainTrigger, type Frame } from './event-frame.js';
import { groupFrames } from './event-group.js';
import { sentenceKind } from './event-sentences.js';
import { eventTitle } from './event-title.js';
import type { ExtractedDate, ExtractedEntity, ExtractedEvent } from './types.js';

const NAMED = new Set(['person', 'organization', 'location']);

/**
 * Suggested events: each body sentence that reports something happening (an event word that is
 * not opinion, background or a mere reference) gives a typed frame with its place, date, roles
 * and counts; mentions of one occurrence are then grouped into one event with several
 * citations. Bylines, captions, datelines and headlines make no events of their own.
 */
export function suggestEvents(
  text: string,
  sentences: Sentence[],
  entities: ExtractedEntity[],
  dates: ExtractedDate[],
  documentDate: string | null = null,
): ExtractedEvent[] {
  const frames: Frame[] = [];
  let e = 0;
  let d = 0;
  let lastPlace: ExtractedEntity | null = null;
  for (const s of sentences) {
    while (e < entities.length && (entities[e] as ExtractedEntity).start < s.start) e++;
    while (d < dates.length && (dates[d] as ExtractedDate).start < s.start) d++;
    const { kind, bodyStart } = sentenceKind(text, s);
    const inside: ExtractedEntity[] = [];
    for (let i = e; i < entities.length && (entities[i] as ExtractedEntity).end <= s.end; i++) {
      const x = entities[i] as ExtractedEntity;
      if (x.start >= bodyStart && NAMED.has(x.type)) inside.push(x);
    }
    if (kind === 'body' || kind === 'headline') {
      const within: ExtractedDate[] = [];
      for (let i = d; i < dates.length && (dates[i] as ExtractedDate).end <= s.end; i++) {
        if ((dates[i] as ExtractedDate).start >= bodyStart) within.push(dates[i] as ExtractedDate);
      }
      // A sentence without names counts only as a restatement ("The attack destroyed two posts").
      const frame = frameOf(text, { start: bodyStart, end: s.end, headline: kind === 'headline' }, inside, within, {
        documentDate,
        lastPlace,
      });
      if (frame && (inside.length || frame.anaphoric)) frames.push(frame);
      if (kind === 'body' && within.length) {
        const main = frame ? mainTrigger(text.slice(bodyStart, s.end), bodyStart, inside) : null;
        frames.push(...datedMentions(text, { start: bodyStart, end: s.end }, within, main));
      }
    }
    if (kind === 'body') lastPlace = [...inside].reverse().find((x) => x.type === 'location') ?? lastPlace;
  }
  const labels = new Map(entities.map((x) => [x.key, x.canonical]));
  const placeByKey = new Map(entities.filter((x) => x.type === 'location').map((x) => [x.key, x]));
  const grouped = groupFrames(frames);
  inheritMeetingPlace(text, grouped);
  return grouped.map((f) => {
    const { anaphoric: _a, headline: _h, gist, ...ev } = f;
    // A place read from a nationality word takes the key of that place where the text names it.
    const named =
      ev.locationKey && !placeByKey.has(ev.locationKey)
        ? entities.find((x) => x.type === 'location' && x.canonical.toLowerCase() === ev.locationKey)
        : undefined;
    if (named) ev.locationKey = named.key;
    const place = ev.locationKey ? (placeByKey.get(ev.locationKey) ?? null) : null;
    return { ...ev, title: eventTitle(ev, (k) => labels.get(k) ?? k, place, gist ?? null) };
  });
}

/** "… delivered at the meeting": an event at a meeting the text reported takes the meeting's place. */
function inheritMeetingPlace(text: string, events: Frame[]): void {
  for (const ev of events) {
    if (ev.locationKey || ev.type === 'meeting') continue;
    if (!/\bat the (?:meeting|conference|summit|talks|session|forum)\b/i.test(text.slice(ev.start, ev.end))) continue;
    const meeting = events.filter((m) => m.type === 'meeting' && m.locationKey && m.start < ev.end).pop();
    if (meeting) {
      ev.locationKey = meeting.locationKey;
      ev.locationLabel = meeting.locationLabel ?? null;
    }
  }
}
