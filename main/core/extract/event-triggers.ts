import type { EventType } from '../../../lib/vocabulary/event-types.js';

/** An event word found in a sentence: where, what it reads as, and whether it is a verb. */
export interface Trigger {
  text: string;
  start: number;
  end: number;
  type: EventType;
  verb: boolean;
  /** A verb in the passive ("were killed", "was arrested"): its subject is the target. */
  passive: boolean;
}

/**
 * Event words by type. Noun forms and verb forms are listed apart: a verb reports the act
 * ("Tajikistan deployed"), a noun may only name it ("after the deployment").
 */
const LEXICON: { type: EventType; verbs: string[]; nouns: string[] }[] = [
  {
    type: 'attack',
    verbs: [
      'attack(?:s|ed|ing)?',
      'struck',
      'strik(?:es|ing)',
      'bomb(?:s|ed|ing)',
      'shell(?:s|ed|ing)',
      'raid(?:s|ed|ing)',
      'ambush(?:es|ed|ing)',
      'target(?:s|ed|ing)',
      'shot',
      'shoot(?:s|ing)',
      'invad(?:e|es|ed|ing)',
      'fired (?:on|at|upon)',
      // Seizing a ship or a person by force: the vocabulary's nearest type.
      'hijack(?:s|ed|ing)',
      'kidnap(?:s|ped|ping)',
      'abduct(?:s|ed|ing)',
    ],
    nouns: [
      'attacks?',
      'strikes?',
      'airstrikes?',
      'air strikes?',
      'drone strikes?',
      'bombings?',
      'explosions?',
      'blasts?',
      'shelling',
      'shootings?',
      'raids?',
      'ambush(?:es)?',
      'assaults?',
      'incursions?',
      'offensives?',
      'invasion',
      'hijackings?',
      'kidnappings?',
      'abductions?',
      'act of aggression',
      'rocket fire',
      'war',
    ],
  },
  {
    type: 'clash',
    verbs: ['clash(?:es|ed|ing)', 'fought', 'exchanged fire'],
    nouns: ['clash(?:es)?', 'skirmish(?:es)?', 'firefights?', 'fighting', 'gunfights?', 'exchange of fire'],
  },
  {
    type: 'killing',
    verbs: [
      'killed',
      'kill(?:s|ing)',
      'murder(?:s|ed|ing)',
      'assassinat(?:es|ed|ing)',
      'execut(?:es|ed|ing)',
      'beheaded',
      'died',
      'dead',
    ],
    nouns: ['killings?', 'murders?', 'assassinations?', 'executions?', 'deaths?'],
  },
  {
    type: 'deployment',
    verbs: [
      'deploy(?:s|ed|ing)',
      'reinforc(?:e|es|ed|ing)',
      'mobili[sz](?:e|es|ed|ing)',
      'dispatch(?:es|ed|ing)',
      'sent (?:troops|forces|units|soldiers)',
      'moved (?:troops|forces|units)',
      'stationed',
    ],
    nouns: ['deployments?', 'reinforcements?', 'mobili[sz]ation', 'troop movements?'],
  },
  {
    type: 'statement',
    verbs: [
      'said',
      'says',
      'stated',
      'announc(?:ed|es)',
      'declared',
      'condemn(?:s|ed)',
      'warned',
      'protest(?:s|ed)',
      'accus(?:ed|es)',
      'denied',
      'claimed responsibility',
      'told (?:reporters|journalists)',
      'issued a (?:\\w+ )*?statement',
    ],
    nouns: [
      'statements?',
      'protests?',
      'speech',
      'address',
      'announcement',
      'declaration',
      'condemnation',
      'exposition',
      'press conference',
      'communiqu[ée]',
    ],
  },
  {
    type: 'call',
    verbs: [
      'spoke (?:by|on the) (?:tele)?phone',
      'phoned',
      'telephoned',
      'held a (?:tele)?phone (?:call|conversation)',
    ],
    nouns: ['(?:tele)?phone calls?', '(?:tele)?phone conversations?', 'video calls?'],
  },
  {
    type: 'meeting',
    verbs: ['met', 'meets', 'hosted', 'visited', 'held talks', 'convened'],
    nouns: ['meetings?', 'summit', 'conference', 'talks', 'visit', 'forum', 'session', 'negotiations'],
  },
  {
    type: 'request',
    verbs: ['request(?:s|ed)', 'asked', 'appealed', 'urged', 'called (?:on|for|upon)', 'demanded', 'sought'],
    nouns: ['requests?', 'appeals?', 'pleas?'],
  },
  {
    type: 'agreement',
    verbs: ['signed', 'agreed', 'conclud(?:ed|es) an agreement', 'ratified'],
    nouns: ['agreements?', 'treaty', 'deal', 'accord', 'memorandum', 'ceasefire', 'truce'],
  },
  {
    type: 'arrest',
    verbs: ['arrest(?:s|ed)', 'detain(?:s|ed)', 'captured', 'apprehended', 'jailed', 'sentenced', 'extradited'],
    nouns: ['arrests?', 'detentions?', 'capture'],
  },
  { type: 'election', verbs: ['elected', 're-elected', 'voted'], nouns: ['elections?', 'referendum', 'vote'] },
  {
    type: 'withdrawal',
    verbs: ['withdr(?:ew|awn)', 'pulled out', 'evacuated'],
    nouns: ['withdrawal', 'pull-?out', 'evacuation'],
  },
  {
    type: 'political',
    verbs: ['seized power', 'took power', 'resigned', 'toppled', 'overthrown'],
    nouns: ['collapse', 'coup', 'takeover', 'resignation', 'changes? in the \\w+ situation'],
  },
];

interface Compiled {
  re: RegExp;
  type: EventType;
  verb: boolean;
}

const COMPILED: Compiled[] = LEXICON.flatMap(({ type, verbs, nouns }) => [
  { re: new RegExp(`\\b(?:${verbs.join('|')})\\b`, 'gi'), type, verb: true },
  { re: new RegExp(`\\b(?:${nouns.join('|')})\\b`, 'gi'), type, verb: false },
]);

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;

/** Every event word in `sentence` (offset `at` in the document), in text order, longest first at one place. */
export function findTriggers(sentence: string, at: number): Trigger[] {
  // Events ask this of the same sentence up to three times (its frame, its main event word, its
  // dated mentions); the thirty patterns run once, and each caller gets its own copies.
  if (last && last.at === at && last.sentence === sentence) return last.triggers.map((t) => ({ ...t }));
  const triggers = scanTriggers(sentence, at);
  last = { sentence, at, triggers };
  return triggers.map((t) => ({ ...t }));
}

let last: { sentence: string; at: number; triggers: Trigger[] } | null = null;

function scanTriggers(sentence: string, at: number): Trigger[] {
  const found: Trigger[] = [];
  for (const c of COMPILED) {
    c.re.lastIndex = 0;
    for (const m of sentence.matchAll(c.re)) {
      const before = sentence.slice(Math.max(0, m.index - 24), m.index);
      found.push({
        text: m[0],
        start: at + m.index,
        end: at + m.index + m[0].length,
        type: c.type,
        verb: c.verb,
        passive: c.verb && PASSIVE_BEFORE.test(before),
      });
    }
  }
  // "attacks", "strikes", "protests" read both ways: after a determiner or a modifier they name the act.
  for (const t of found) {
    if (!t.verb || !found.some((n) => !n.verb && n.start === t.start && n.end === t.end)) continue;
    const prev = /(\S+)\s+$/.exec(sentence.slice(Math.max(0, t.start - at - 30), t.start - at))?.[1] ?? '';
    if (
      /^(?:the|a|an|this|these|those|that|its|their|his|her|such|of|deadly|drone|air|missile|rocket|new|further|recent|[\w-]+(?:'s|’s))$/i.test(
        prev,
      ) ||
      /^[A-Z]/.test(prev)
    )
      t.verb = false;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.verb) - Number(b.verb));
  const kept: Trigger[] = [];
  for (const t of found) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept;
}
