import type { DatePrecision as VocabularyDatePrecision } from '../../../lib/vocabulary/index.js';
import type { EventCountKind, EventRole, EventType, LinkType } from '../../../lib/vocabulary/event-types.js';
import type { Tagger } from './ner/tagger.js';
/**
 * What extraction produces for one text. This is the contract between extraction (which owns
 * how) and ingest (which stores the result as entities, mentions, events and citations).
 * Offsets are UTF-16 code-unit indexes into exactly the text that was passed in.
 */

export type NamedEntityType = 'person' | 'organization' | 'location';
export type IdentifierType = 'email' | 'phone' | 'url' | 'ip' | 'coordinates' | 'money' | 'quantity';
export type ExtractedEntityType = NamedEntityType | IdentifierType;

export interface ExtractedEntity {
  type: ExtractedEntityType;
  /** The surface text, exactly `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /**
   * Resolution key: mentions with the same type and key in one document are the same entity
   * (e.g. "Rahmon" and "President Emomali Rahmon" share the key of the full name).
   */
  key: string;
  /** The best label for the entity this mention resolves to (e.g. the full name). */
  canonical: string;
  /** Other names the document gives the same entity (e.g. an acronym defined in parentheses). */
  aliases?: string[];
  /** Normalised value for identifiers (E.164 phone, lower-case email, decimal coordinates …). */
  value?: string;
}

/** An extracted date is always dated: `unknown` is for events recorded without one. */
export type DatePrecision = Exclude<VocabularyDatePrecision, 'unknown'>;

export interface ExtractedDate {
  text: string;
  start: number;
  end: number;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY for coarser precision) of the start. */
  value: string;
  /** ISO date of the end for ranges; null when the range is open ("since 2021"). */
  endValue?: string | null;
  precision: DatePrecision;
}

export interface ExtractedEvent {
  /** Who did what to whom, where: "Taliban attack on Tajikistan in GBAO". */
  title: string;
  /** Missing only from results made before events were typed (read as 'other'). */
  type?: EventType;
  /** The sentence the event was first reported in (its main citation). */
  start: number;
  end: number;
  date: ExtractedDate | null;
  /** Key of the location entity (type 'location') the text ties the event to. */
  locationKey: string | null;
  locationLabel?: string | null;
  /** Keys of the named participants, each with its role. */
  participants: { key: string; type: ExtractedEntityType; role: EventRole | string }[];
  /** Counts the text gives for the event ("killed: 5"). */
  counts?: Partial<Record<EventCountKind, number>>;
  /** Every sentence that reports this same event, the main one first. */
  citations?: { start: number; end: number }[];
  /** The event word that triggered it ("strike", "meeting" …). */
  trigger: string | null;
}

/** A relation the text states between two entities, suggested for the analyst to confirm. */
export interface ExtractedLink {
  sourceKey: string;
  sourceType: ExtractedEntityType;
  targetKey: string;
  targetType: ExtractedEntityType;
  type: LinkType;
  directed: boolean;
  /** The passage that states it (its citation). */
  start: number;
  end: number;
  /** 0–1: how directly the wording states the relation. */
  confidence: number;
  /** Which rule read it ("apposition", "title", "possessive", "gazetteer" …). */
  rule: string;
}

export interface DocumentDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  /** Where it was read: 'metadata', 'dateline', 'report-date', 'top-line', 'given' (by the caller). */
  source: string;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
  dates: ExtractedDate[];
  events: ExtractedEvent[];
  links?: ExtractedLink[];
  /** The date the document gives itself (dateline, "Date of report:", metadata), if any. */
  documentDate?: DocumentDate | null;
  /** Recorded on every stored mention so a re-run replaces only its own output. */
  extractor: string;
  extractorVersion: string;
}

export interface ExtractOptions {
  /** The document date (YYYY-MM-DD): relative dates ("Nov 3", "last week") resolve against it. */
  date?: string | null;
  /** 'default' uses the learned tagger when it is available; 'rules' forces the rule pipeline. */
  extractor?: 'default' | 'rules';
  /** A tagger other than the shipped one, for 'default' (evaluating a model before it ships). */
  tagger?: Tagger;
}
