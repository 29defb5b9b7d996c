import type { LinkType } from '../../../lib/vocabulary/event-types.js';
import type { LinkContext } from './links.js';
import type { ExtractedEntity } from './types.js';

export interface Ends {
  source: ExtractedEntity | null;
  target: ExtractedEntity | null;
  confidence?: number;
}

export interface LinkPattern {
  rule: string;
  type: LinkType;
  confidence: number;
  re: RegExp;
  read(hit: RegExpMatchArray, c: LinkContext): Ends[];
}

/** A marked name; `ACR` an acronym given in brackets after it ("(CSTO)"), skipped. */
const N = '⟦(\\d+)⟧';
const ACR = '(?: \\(⟦\\d+⟧\\))?';
/** Up to three modifiers between two names; a preposition or verb ends the phrase. */
const ADJ =
  '(?:(?!(?:in|of|on|at|to|for|with|from|by|and|or|but|is|are|was|were|has|have|had|that|which)\\b)[a-z][\\w-]* ){0,3}';
const LEADER_TITLE =
  'president|prime minister|premier|king|queen|emir|supreme leader|leader|chancellor|head of state|head|chief|chairman|chairwoman|chair|commander|founder';
const OFFICIAL_TITLE =
  'foreign minister|defen[cs]e minister|interior minister|minister|spokesman|spokeswoman|spokesperson|official|ambassador|envoy|deputy|adviser|advisor|director|secretary|general|governor|mayor|diplomat|representative|negotiator|commissioner';

const is = (e: ExtractedEntity | null, ...types: string[]): boolean => !!e && types.includes(e.type);
const titleType = (title: string): LinkType =>
  new RegExp(`^(?:${LEADER_TITLE})$`, 'i').test(title.trim()) ? 'leader_of' : 'works_for';

/** Two names in one relation, source first, when `ok` accepts their types. */
function pair(
  c: LinkContext,
  s: string | undefined,
  t: string | undefined,
  ok: (s: ExtractedEntity | null, t: ExtractedEntity | null) => boolean,
): Ends[] {
  const source = c.name(s);
  const target = c.name(t);
  return ok(source, target) ? [{ source, target }] : [];
}

export const LINK_PATTERNS: LinkPattern[] = [
  // ---- membership -------------------------------------------------------------------------
  {
    rule: 'apposition',
    type: 'member_of',
    confidence: 0.8,
    re: new RegExp(
      `${N}${ACR},? (?:(?:is|was|are|were|became|remains) )?(?:a|an|the) ${ADJ}member(?: state| country| nation)? of (?:the )?${N}`,
      'g',
    ),
    read: (h, c) => pair(c, h[1], h[2], (s, t) => is(s, 'location', 'organization', 'person') && is(t, 'organization')),
  },
  {
    rule: 'as-member',
    type: 'member_of',
    confidence: 0.7,
    re: new RegExp(
      `\\b[Aa]s (?:a|an) ${ADJ}member of (?:the )?${N}${ACR},(?: (?:a|an|the) [^,⟦]{0,60}(?:⟦\\d+⟧[^,⟦]{0,20})?,)? (?:the )?${N}`,
      'g',
    ),
    read: (h, c) => pair(c, h[2], h[1], (s, t) => is(s, 'location', 'organization', 'person') && is(t, 'organization')),
  },
  {
    rule: 'title',
    type: 'member_of',
    confidence: 0.7,
    re: new RegExp(`${N} members? ${N}`, 'g'),
    read: (h, c) => pair(c, h[2], h[1], (s, t) => is(t, 'organization') && is(s, 'location', 'organization', 'person')),
  },
  // ---- leadership and office --------------------------------------------------------------
  {
    rule: 'apposition',
    type: 'leader_of',
    confidence: 0.8,
    re: new RegExp(
      `${N}${ACR},? (?:(?:is|was) )?(?:a|an|the)? ?[^,⟦]{0,50}?\\b(?:led|headed|chaired|commanded|dominated|founded) by (?:the )?${N}`,
      'g',
    ),
    read: (h, c) =>
      pair(c, h[2], h[1], (s, t) => is(s, 'person', 'location', 'organization') && is(t, 'organization', 'location')),
  },
  {
    rule: 'verb',
    type: 'leader_of',
    confidence: 0.7,
    re: new RegExp(`${N} (?:leads|led|heads|headed|chairs|chaired|commands|commanded) (?:the )?${N}`, 'g'),
    read: (h, c) => pair(c, h[1], h[2], (s, t) => is(s, 'person', 'location', 'organization') && is(t, 'organization')),
  },
  {
    // "Tajik President Emomali Rahmon", "Afghan Foreign Minister …": a nationality, a title, a person.
    rule: 'title',
    type: 'leader_of',
    confidence: 0.8,
    re: new RegExp(
      `\\b([A-Z][a-z]+) ((?:[A-Z][a-z]+ )?(?:President|Prime Minister|Premier|King|Emir|Supreme Leader|Chancellor|Foreign Minister|Defen[cs]e Minister|Interior Minister|Minister|Ambassador|Envoy|Spokesman|Spokesperson|Commander|Governor)) ${N}`,
      'g',
    ),
    read: (h, c) => {
      const person = c.name(h[3]);
      const place = c.placeOf(h[1]);
      if (!is(person, 'person') || !place) return [];
      return [{ source: person, target: place, confidence: titleType(h[2] ?? '') === 'leader_of' ? 0.8 : 0.75 }];
    },
  },
  {
    // "the Taliban's foreign minister Amir Khan Muttaqi", "Taliban leader Hibatullah Akhundzada".
    rule: 'possessive-title',
    type: 'works_for',
    confidence: 0.75,
    re: new RegExp(`${N}(?:'s)? ${ADJ}(${LEADER_TITLE}|${OFFICIAL_TITLE}),? ${N}`, 'gi'),
    read: (h, c) => pair(c, h[3], h[1], (s, t) => is(s, 'person') && is(t, 'organization', 'location')),
  },
  {
    // "Amir Khan Muttaqi, the Taliban's foreign minister", "Ivan Petrov, a spokesman for the CSTO".
    rule: 'apposition',
    type: 'works_for',
    confidence: 0.8,
    re: new RegExp(
      `${N}, (?:the |a |an )?(?:${N}'s ${ADJ}(${LEADER_TITLE}|${OFFICIAL_TITLE})|${ADJ}(${LEADER_TITLE}|${OFFICIAL_TITLE}) (?:of|for|at|to) (?:the )?${N})`,
      'gi',
    ),
    read: (h, c) => pair(c, h[1], h[2] ?? h[5], (s, t) => is(s, 'person') && is(t, 'organization', 'location')),
  },
  // ---- places -----------------------------------------------------------------------------
  {
    // "Tajikistan's remote Gorno-Badakhshan Autonomous Region", "China's Xinjiang province".
    rule: 'possessive',
    type: 'part_of',
    confidence: 0.7,
    re: new RegExp(`${N}'s ${ADJ}${N}`, 'g'),
    read: (h, c) => pair(c, h[2], h[1], (s, t) => is(s, 'location') && c.isCountry(t) && !c.isCountry(s)),
  },
  {
    // "… or its Xinjiang province": "its" is the country named last before it.
    rule: 'possessive',
    type: 'part_of',
    confidence: 0.5,
    re: new RegExp(`\\bits ${ADJ}${N}`, 'g'),
    read: (h, c) => {
      const part = c.name(h[1]);
      const whole = c.nearestBefore(h.index ?? 0, ['location']);
      return is(part, 'location') && !c.isCountry(part) && c.isCountry(whole) ? [{ source: part, target: whole }] : [];
    },
  },
  {
    rule: 'of',
    type: 'part_of',
    confidence: 0.7,
    re: new RegExp(`${N}${ACR},? (?:of|in) (?:the )?${N}`, 'g'),
    read: (h, c) => pair(c, h[1], h[2], (s, t) => is(s, 'location') && is(t, 'location') && !c.isCountry(s)),
  },
  {
    rule: 'heart-of',
    type: 'part_of',
    confidence: 0.7,
    re: new RegExp(
      `\\b[Ii]n the (?:heart|centre|center|north|south|east|west|middle|outskirts) of (?:the )?${N}, (?:the )?${N}`,
      'g',
    ),
    read: (h, c) => pair(c, h[2], h[1], (s, t) => is(s, 'location') && is(t, 'location')),
  },
  {
    // "all Central Asian states—Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan".
    rule: 'list',
    type: 'part_of',
    confidence: 0.7,
    re: new RegExp(
      `\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:states|countries|nations|republics)\\s*(?:—|:|,|\\(|such as|including)\\s*((?:⟦\\d+⟧(?:, and|,? or| and|,)? ?){2,})`,
      'g',
    ),
    read: (h, c) => {
      const region = c.placeOf(h[1]);
      if (!region) return [];
      return [...(h[2] ?? '').matchAll(/⟦(\d+)⟧/g)]
        .map((m) => c.name(m[1]))
        .filter((e) => is(e, 'location'))
        .map((e) => ({ source: e, target: region }));
    },
  },
  {
    rule: 'based-in',
    type: 'based_in',
    confidence: 0.8,
    re: new RegExp(
      `${N}${ACR},? (?:which is |that is |is |was )?(?:based|headquartered|operating|active|stationed) in (?:the )?${N}`,
      'g',
    ),
    read: (h, c) => pair(c, h[1], h[2], (s, t) => is(s, 'organization') && is(t, 'location')),
  },
  {
    // "The Chinese Embassy in Dushanbe", "ISIS-K in Khorasan Province".
    rule: 'in',
    type: 'based_in',
    confidence: 0.6,
    re: new RegExp(`${N}${ACR} (?:in|at) (?:the )?${N}`, 'g'),
    read: (h, c) => pair(c, h[1], h[2], (s, t) => is(s, 'organization') && is(t, 'location')),
  },
  {
    // "activity within Afghanistan by groups such as ISIS-K".
    rule: 'by-groups',
    type: 'based_in',
    confidence: 0.6,
    re: new RegExp(
      `\\b(?:in|within|inside|across) (?:the )?${N} by (?:[a-z]+ ){0,2}(?:such as |like |including )?(?:the )?${N}`,
      'g',
    ),
    read: (h, c) => pair(c, h[2], h[1], (s, t) => is(s, 'organization') && is(t, 'location')),
  },
  // ---- control, alliance, borders -----------------------------------------------------------
  {
    // "Afghan territory controlled by the Taliban", "areas of Syria held by …".
    rule: 'controlled-by',
    type: 'controls',
    confidence: 0.7,
    re: new RegExp(
      `(?:${N}|\\b([A-Z][a-z]+)) (?:territory |areas? |regions? |soil |land |parts )?(?:controlled|held|ruled|governed|occupied|run) by (?:the )?${N}`,
      'g',
    ),
    read: (h, c) => {
      const place = h[1] !== undefined ? c.name(h[1]) : c.placeOf(h[2]);
      const who = c.name(h[3]);
      return is(place, 'location') && is(who, 'organization', 'location', 'person')
        ? [{ source: who, target: place }]
        : [];
    },
  },
  {
    rule: 'verb',
    type: 'controls',
    confidence: 0.6,
    re: new RegExp(
      `${N}(?:-controlled|-held|-ruled| controls| controlled| seized| captured| took control of) (?:the )?${N}`,
      'g',
    ),
    read: (h, c) => pair(c, h[1], h[2], (s, t) => is(s, 'organization', 'location', 'person') && is(t, 'location')),
  },
  {
    // "its military ally, Russia", "Moscow's partner, Minsk".
    rule: 'apposition',
    type: 'ally_of',
    confidence: 0.7,
    re: new RegExp(`(?:\\b(?:its|their)|${N}'s) ${ADJ}(?:ally|allies|partner|partners)(?:,| —|—) (?:the )?${N}`, 'g'),
    read: (h, c) => {
      const other = c.name(h[2]);
      const owner = h[1] !== undefined ? c.name(h[1]) : c.nearestBefore(h.index ?? 0, ['location', 'organization']);
      return owner && is(other, 'location', 'organization') ? [{ source: owner, target: other }] : [];
    },
  },
  {
    rule: 'verb',
    type: 'ally_of',
    confidence: 0.7,
    re: new RegExp(
      `${N} (?:is |are |was |were |remains )?(?:allied with|an ally of|a close ally of|allies of) (?:the )?${N}|${N} and ${N} (?:are|were|remain) (?:close )?allies|alliance between ${N} and ${N}`,
      'g',
    ),
    read: (h, c) =>
      pair(
        c,
        h[1] ?? h[3] ?? h[5],
        h[2] ?? h[4] ?? h[6],
        (s, t) => is(s, 'location', 'organization') && is(t, 'location', 'organization'),
      ),
  },
  {
    rule: 'verb',
    type: 'borders',
    confidence: 0.8,
    re: new RegExp(
      `${N},? (?:as a country |a country )?(?:shares?|sharing|has|having|with) (?:a |an |the )?${ADJ}border with ${N}|${N} borders ${N}|border between ${N} and ${N}|${N}'s ${ADJ}border with ${N}`,
      'g',
    ),
    read: (h, c) =>
      pair(
        c,
        h[1] ?? h[3] ?? h[5] ?? h[7],
        h[2] ?? h[4] ?? h[6] ?? h[8],
        (s, t) => is(s, 'location') && is(t, 'location'),
      ),
  },
  {
    // "Tajikistan has ordered the reinforcement of the Afghan border": a country guarding a neighbour's border.
    rule: 'border-of',
    type: 'borders',
    confidence: 0.5,
    re: new RegExp(`${N}[^.⟦]{0,80}?\\b(?:the|its) ([A-Z][a-z]+) [Bb]order\\b`, 'g'),
    read: (h, c) => {
      const country = c.name(h[1]);
      const other = c.placeOf(h[2]);
      return c.isCountry(country) && c.isCountry(other) ? [{ source: country, target: other }] : [];
    },
  },
  {
    rule: 'border-of',
    type: 'borders',
    confidence: 0.7,
    re: /\b([A-Z][a-z]+)-([A-Z][a-z]+) (?:border|frontier)\b/g,
    read: (h, c) => {
      const a = c.placeOf(h[1]);
      const b = c.placeOf(h[2]);
      return a && b ? [{ source: a, target: b }] : [];
    },
  },
];
