import type { EventRole, EventType } from '../../../lib/vocabulary/event-types.js';
import type { Trigger } from './event-triggers.js';
import { isDemonym } from './gazetteer.js';
import { PERSON_TITLES, TITLE_MODIFIERS } from './word-lists.js';

/** Event types whose subject acts on an object (the object is the target). */
const ACTS_ON: ReadonlySet<EventType> = new Set(['attack', 'killing', 'arrest', 'clash']);
const SAYS: ReadonlySet<EventType> = new Set(['statement']);
const ASKS: ReadonlySet<EventType> = new Set(['request', 'call']);
const MEETS: ReadonlySet<EventType> = new Set(['meeting', 'agreement', 'election']);

const PREPOSITIONS = new Set([
  'by',
  'from',
  'to',
  'with',
  'on',
  'upon',
  'at',
  'of',
  'in',
  'for',
  'as',
  'against',
  'between',
  'among',
  'under',
  'into',
  'over',
  'near',
  'within',
  'inside',
  'about',
  'like',
  'through',
  'via',
]);
/** Words that may stand between a preposition and the name it governs ("by unknown militants from"). */
const FILLER = /^(?:the|a|an|its|their|his|her|[\w-]+(?:'s|’s)|[a-z][\w-]*)$/;
/** Reporting verbs: "Dushanbe and Beijing suspect the attacks were …" — the subject reports, it did not act. */
const REPORTING =
  /\b(?:said|say|says|suspect|suspects|suspected|believe|believes|believed|blame|blamed|blames|accuse|accused|accuses|claim|claims|claimed|reported|reports|allege|alleged|think|thinks|told|informs?|informed|announce[sd]?|confirm(?:s|ed)?|state[sd]|notes|noted|regards?|regarded|considers?|considered|calls|called)\b|\b[a-z]+s\s+that\b/i;
/** "claimed a drone attack", "claimed responsibility for the attacks" (the event noun follows). */
const CLAIMED_IT =
  /\bclaim(?:s|ed)?\s+(?:responsibility\s+for\s+)?(?:a|an|the|several|two|three)\s+(?:[\w-]+\s+){0,2}$/i;
/** "… said on Wednesday it had", "… announced that they have": the reporter speaks of its own act. */
const SAID_IT_DID =
  /\b(?:said|says|announced|reported|confirmed)\s+(?:(?:on|late|early|last)\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+)?(?:been\s+)?$/i;
/** "Tajikistan regards the attack as …": a determiner before the event noun makes it a reference to an event told elsewhere. */
const REFERRED_NOUN = /\b[a-z]{3,}\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$/;
/** A clause boundary after the event word: a name beyond it is not the event's object. */
const CLAUSE_BREAK =
  /,\s*(?:which|who|whose|that|where|while|but|and|forcing|prompting|leaving|as|although|after|before|since|when|following|amid)\b|[;:]/i;

/** Words written capitalised before a name that are no name themselves: "by Tajik President X". */
function describesName(word: string): boolean {
  return PERSON_TITLES.has(word) || TITLE_MODIFIERS.has(word) || isDemonym(word);
}

/** The preposition governing a name: the nearest one among the few words before it, if any. */
function governingPreposition(before: string): string | null {
  const words = before.trimEnd().split(/\s+/).slice(-5);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] as string).toLowerCase().replace(/[,;()]/g, '');
    if (w === 'as' && /^such$/i.test(words[i - 1] ?? '')) {
      i--;
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      if (w === 'to' && (words[i - 1] ?? '').toLowerCase() === 'according') return 'according to';
      // "by militants from ETIM", "Militants of the IMU attacked", "The Embassy of Russia issued":
      // the group or state behind the doers acts through them.
      if (
        (w === 'from' || w === 'of') &&
        i >= 1 &&
        /^[A-Za-z]+$/.test(words[i - 1] as string) &&
        !PREPOSITIONS.has((words[i - 1] as string).toLowerCase())
      ) {
        const head = (words[i - 2] ?? '').toLowerCase();
        if (head === 'by') return 'by';
        // The phrase opens the sentence: "Border guards of Kyrgyzstan clashed …".
        if (before.trim().split(/\s+/).length <= 4) return 'doers-of';
        if (
          /^(?:the|a|an|said|says|that|and|\W*)$/.test(head) &&
          /^(?:[A-Z][a-z]+|[a-z]+(?:s|men))$/.test(words[i - 1] as string)
        )
          return 'doers-of';
      }
      if (
        w === 'by' &&
        /^(?:controlled|backed|led|run|owned|supported|funded|sponsored|governed|held)$/i.test(words[i - 1] ?? '')
      )
        return 'described-by';
      return w;
    }
    // A capitalised word other than a determiner is a name of its own: the search stops at it
    // ("The Chinese Embassy in Dushanbe demanded that the Taliban" — "in" governs Dushanbe, not Taliban).
    if (/^\p{Lu}/u.test(words[i] as string) && !/^(?:the|a|an|its|their|his|her)$/.test(w) && !describesName(w))
      return null;
    if (!FILLER.test(w) || /[,;:]$/.test(words[i] as string)) return null;
  }
  return null;
}

/**
 * The role of a named participant from where it stands against the event word and the
 * preposition that governs it: "by X" is the agent, "from X" the speaker of a statement,
 * "to X" or "with X" the addressee of a statement, request or call, "according to X" only the
 * source; an unmarked name before the event word is its subject.
 */
export function roleOf(sentence: string, at: number, end: number, trigger: Trigger, offset: number): EventRole {
  const before = sentence.slice(Math.max(0, at - offset - 60), at - offset);
  const after = sentence.slice(end - offset, end - offset + 3);
  const prep = governingPreposition(before);
  // "…, the State Border Service said.", "…, its media wing, ISPR, said" or "…, the European
  // Union's naval force said": the source of the report (or its owner), not a party to the event.
  if (
    /^(?:['’]s?(?:\s+[\p{L}.-]+){1,4})?(?:\s*\([^)]{1,20}\))?\s*,?\s*(?:said|says|reported|announced|told|stated|added)\b/iu.test(
      sentence.slice(end - offset, end - offset + 60),
    ) &&
    at > trigger.start
  )
    return 'other';
  if (prep === 'according to' || prep === 'described-by') return 'other';
  // "according to a security source and the Malian newspaper L'Essor": every name the phrase lists.
  if (/\baccording to\b[^,;.]*$/i.test(before)) return 'other';
  // "The Houthis, who control Sanaa, said …": a name inside a relative clause describes another.
  if (at < trigger.start && /,\s*(?:who|which|whose)\b[^,;.]*$/i.test(before)) return 'other';
  if (prep === 'by' && SAYS.has(trigger.type)) return 'speaker';
  if (prep === 'by') return trigger.passive || !ACTS_ON.has(trigger.type) || at > trigger.start ? 'agent' : 'other';
  // "a statement from X" names its speaker; "said 22 crew members, most of them from India" does not.
  if (prep === 'from')
    return SAYS.has(trigger.type) &&
      (at < trigger.start || !trigger.verb || wordsBetween(sentence, trigger.end - offset, at - offset) <= 3)
      ? 'speaker'
      : 'other';
  const isBefore = at < trigger.start;
  if (prep === 'doers-of' && isBefore && !/[,;]/.test(sentence.slice(end - offset, trigger.start - offset))) {
    if (SAYS.has(trigger.type)) return 'speaker';
    if (MEETS.has(trigger.type)) return 'member';
    return trigger.passive && ACTS_ON.has(trigger.type) ? 'target' : 'agent';
  }
  if (isBefore) {
    const between = sentence.slice(end - offset, trigger.start - offset);
    // "Safaricom, Kenya's largest telecoms operator, said": the owner in an apposition
    // describes the subject before it.
    if (/,\s*$/.test(before) && /^['’]s?\s+(?:[\p{Ll}\d-]+\s+){0,5}[\p{Ll}-]+,/u.test(between)) return 'other';
    // "Amanat won 62 seats, the Central Election Commission said": for a statement, what comes
    // before the comma, or inside the quotation, is what was said; the name next to the verb
    // says it. An apposition or a list after the name ("Albert Connelly, an artillery crew chief
    // in Abel Battery, said"; "Tajikistan, Kyrgyzstan and Uzbekistan said") or a pronoun for it
    // ("NASA is looking …, it announced") does not part them.
    if (
      SAYS.has(trigger.type) &&
      trigger.verb &&
      (/["“”]/.test(between) ||
        (/[,;]/.test(between) && !/^\s*,[^;]*$/.test(between) && !/,\s*(?:it|he|she|they)\s+$/i.test(between)))
    )
      return 'other';
    if (/^['’]s?\b/.test(after)) {
      // Owner of the name after it: "Ethiopia's Prime Minister Abiy Ahmed met", "Kenya's
      // Directorate of Criminal Investigations arrested": that name is the party, not the owner.
      if (/^['’]s?\s+(?:\p{Ll}+,?\s+){0,2}\p{Lu}/u.test(between)) return 'other';
      // Possessor of the event word: "Rahmon's speech", "Tajikistan's request".
      if (between.length < 40 && !/[,;]/.test(between)) return SAYS.has(trigger.type) ? 'speaker' : 'agent';
    }
    if (prep) return 'other';
    // "…, the State Border Service said": right before the verb, the speaker, not an apposition.
    const speaks = SAYS.has(trigger.type) && /^\s*$/.test(between);
    // "The Houthis claimed a drone attack": who claims an attack says it did it.
    if (trigger.type === 'attack' && !trigger.verb && CLAIMED_IT.test(between)) return 'agent';
    // "The committee said it had detained 14 people": the one reporting is the doer.
    if (!SAYS.has(trigger.type) && SAID_IT_DID.test(between) && !/[,;]/.test(between.replace(SAID_IT_DID, '')))
      return ACTS_ON.has(trigger.type) && trigger.passive ? 'target' : MEETS.has(trigger.type) ? 'member' : 'agent';
    if (REPORTING.test(between) || (inApposition(before) && !speaks)) return 'other';
    if (!trigger.verb && REFERRED_NOUN.test(between)) return 'other';
    if (trigger.passive) return ACTS_ON.has(trigger.type) ? 'target' : 'other';
    if (SAYS.has(trigger.type)) return 'speaker';
    if (MEETS.has(trigger.type)) return 'member';
    return 'agent';
  }
  // "…," said Capt. Christophe Cluzel": after a quotation, the speaker named after the verb.
  if (
    /^(?:said|says|added|stated|announced)$/i.test(trigger.text) &&
    /[,"”’]\s*$/.test(sentence.slice(0, trigger.start - offset)) &&
    /^\s+(?:\p{Lu}[\p{L}]*\.?\s+){0,3}$/u.test(sentence.slice(trigger.end - offset, at - offset))
  )
    return 'speaker';
  if (CLAUSE_BREAK.test(sentence.slice(trigger.end - offset, at - offset))) return 'other';
  // "asked for consultations within the CSTO": the body asked.
  if (prep === 'within' && ASKS.has(trigger.type)) return 'addressee';
  if (prep === 'to' || prep === 'with' || prep === 'on' || prep === 'upon' || prep === 'at') {
    // "…, the commission said, with the Auyl party also winning seats": a statement's "with"
    // opens a clause of its own; one is made to someone.
    if (SAYS.has(trigger.type) && prep !== 'with') return 'addressee';
    if (ASKS.has(trigger.type)) return 'addressee';
    if (MEETS.has(trigger.type)) return 'member';
  }
  // "arrested a former official of the Kenya Revenue Authority": the body employs the one arrested.
  if (prep === 'of' && MEMBER_OF.test(before)) return 'other';
  if (prep === 'of' && (ACTS_ON.has(trigger.type) || MEETS.has(trigger.type)))
    return ACTS_ON.has(trigger.type) ? 'target' : 'member';
  if (prep) return 'other';
  if (ACTS_ON.has(trigger.type)) return trigger.passive ? 'other' : 'target';
  if (ASKS.has(trigger.type)) return 'addressee';
  if (MEETS.has(trigger.type)) return 'member';
  if (SAYS.has(trigger.type) && /\b(?:demand\w*|urg\w*|call\w* on|ask\w*|warn\w*)\s+(?:the\s+)?$/i.test(before))
    return 'addressee';
  return 'other';
}

/**
 * A person's post or tie before "of (the)": the name after it says whom they serve, not who was
 * acted on. Not "members of" or "leader of": a group whose members were arrested is the target.
 */
const MEMBER_OF =
  /\b(?:official|officials|employee|employees|staff|spokesman|spokeswoman|spokesperson|director|representative|representatives|envoy|adviser|advisers|advisor|lawyer|lawyers|governor|mayor|president|minister|ambassador|son|daughter|brother|wife|husband|relative|relatives)\s+of\s+(?:the\s+)?$/i;

/** "Tajikistan, a member of the CSTO," — a name inside an apposition describes the subject. */
function inApposition(before: string): boolean {
  return /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}$/.test(before);
}

function wordsBetween(sentence: string, from: number, to: number): number {
  return sentence.slice(from, to).split(/\s+/).filter(Boolean).length;
}
