// Builds a generated case of N real-looking documents through the store's own API (the same
// insertMany the import uses): news-like texts made of the corpus's paragraphs, entities named
// from its capitalised words, mentions placed on real word offsets (a few entities are
// mentioned everywhere, most rarely, as in real cases), links, events with participants and a
// citation each, and one 1 MB document carrying ~14k mentions for the reader row.
import { createHash } from 'node:crypto';
import { CaseStore } from '../../../main/core/store/case-store.js';
import type { NewRecord } from '../../../main/core/store/records.js';
import { newId } from '../../../main/core/ids.js';
import { corpusTexts, seededRandom } from '../bench-util.js';
import { corpusParagraphs, newsLikeText } from '../news-like-text.js';

export interface GeneratedCase {
  documents: number;
  entities: number;
  mentions: number;
  bigDocumentId: string;
  bigDocumentMentions: number;
}

const TYPES = ['person', 'organization', 'location'] as const;

/** Generated documents are made of whole corpus paragraphs of at least this many words. */
export const MIN_PARAGRAPH_WORDS = 12;

/** Word offsets of a text: [start, end] of each run of letters. */
function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'-]*/gu)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function generateCase(path: string, nDocs: number, seed = 15): GeneratedCase {
  const random = seededRandom(seed);
  const paragraphs = corpusParagraphs(MIN_PARAGRAPH_WORDS);
  const names = [
    ...new Set(
      corpusTexts()
        .join(' ')
        .match(/\b[A-Z][a-z]{3,}\b/g) ?? [],
    ),
  ];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const store = CaseStore.create(path, { title: `Scale ${nDocs}`, tlp: 'TLP:AMBER' });
  const nEntities = Math.round(nDocs * 2.5);
  // Zipf-like: entity i is picked with weight ~ 1/(i+1), by inverse transform over a log scale.
  const zipf = () => Math.min(nEntities - 1, Math.floor(Math.exp(random() * Math.log(nEntities + 1))) - 1);

  const entities = store.insertMany(
    'entity',
    Array.from({ length: nEntities }, (_, i) => ({
      id: newId(),
      type: TYPES[i % 3]!,
      label: `${pick(names)} ${pick(names)}${i % 7 === 0 ? '' : ` ${i}`}`,
      properties: { origin: 'extraction' },
      notes: '',
      status: (i % 11 === 0 ? 'confirmed' : i % 29 === 0 ? 'rejected' : 'suggested') as 'suggested',
    })),
  );
  store.insertMany(
    'alias',
    entities.filter((_, i) => i % 4 === 0).map((e) => ({ entityId: e.id, alias: e.label.split(' ')[0]! })),
  );

  let mentions = 0;
  const BATCH = 500;
  for (let from = 0; from < nDocs; from += BATCH) {
    const docs: NewRecord<'document'>[] = [];
    for (let i = from; i < Math.min(nDocs, from + BATCH); i++) {
      const text = newsLikeText(paragraphs, random);
      const bytes = Buffer.from(text);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      store.putOriginal(sha256, bytes);
      const day = 1 + (i % 28);
      docs.push({
        title: `${pick(names)} ${pick(names)}: report ${i + 1}`,
        sourceUri: `file:///reports/${i + 1}.txt`,
        mimeType: 'text/plain',
        sha256,
        size: bytes.length,
        text,
        language: 'en',
        publishedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ingestedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        reliability: 'B',
        tlp: 'TLP:AMBER',
        parentId: null,
        properties: {},
      });
    }
    const stored = store.insertMany('document', docs);
    const ms: NewRecord<'mention'>[] = [];
    const events: NewRecord<'event'>[] = [];
    const parts: NewRecord<'participant'>[] = [];
    const cites: NewRecord<'citation'>[] = [];
    for (const d of stored) {
      const spans = wordSpans(d.text);
      const step = Math.max(1, Math.floor(spans.length / 25));
      for (let w = Math.floor(random() * step); w < spans.length; w += step) {
        const [start, end] = spans[w]!;
        ms.push({
          documentId: d.id,
          entityId: entities[zipf()]!.id,
          start,
          end,
          surface: d.text.slice(start, end),
          extractor: 'bench',
          extractorVersion: '1',
          status: 'suggested',
        });
      }
      for (let k = 0; k < 3; k++) {
        const id = newId();
        const [start] = spans[Math.floor(random() * (spans.length - 20))]!;
        const end = spans[Math.min(spans.length - 1, spans.findIndex((s) => s[0] >= start) + 15)]![1];
        events.push({
          id,
          title: d.text.slice(start, Math.min(end, start + 80)),
          startAt: d.publishedAt,
          endAt: null,
          datePrecision: 'day',
          locationEntityId: null,
          description: '',
          status: 'suggested',
          properties: { origin: 'extraction', documentId: d.id },
        } as NewRecord<'event'>);
        parts.push(
          { eventId: id, entityId: entities[zipf()]!.id, role: 'agent' },
          { eventId: id, entityId: entities[zipf()]!.id, role: 'target' },
        );
        cites.push({
          subjectKind: 'event',
          subjectId: id,
          documentId: d.id,
          start,
          end,
          quote: d.text.slice(start, end),
          page: null,
        });
      }
    }
    store.insertMany('mention', ms);
    store.insertMany('event', events);
    store.insertMany('participant', parts);
    store.insertMany('citation', cites);
    mentions += ms.length;
  }
  store.insertMany(
    'link',
    Array.from({ length: Math.round(nDocs * 1.5) }, () => ({
      sourceId: entities[zipf()]!.id,
      targetId: entities[zipf()]!.id,
      type: 'associate',
      directed: false,
      confidence: 0.6,
      credibility: 3,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested' as const,
      properties: {},
    })),
  );

  // The reader row: one 1 MB document with ~14k mentions.
  let big = '';
  while (big.length < 1_000_000) big += `${pick(paragraphs)}\n\n`;
  const bigBytes = Buffer.from(big);
  const bigSha = createHash('sha256').update(bigBytes).digest('hex');
  store.putOriginal(bigSha, bigBytes);
  const bigDoc = store.insert('document', {
    title: 'Collected field reports (1 MB)',
    sourceUri: 'file:///reports/collected.txt',
    mimeType: 'text/plain',
    sha256: bigSha,
    size: bigBytes.length,
    text: big,
    language: 'en',
    publishedAt: '2025-12-13',
    ingestedAt: new Date().toISOString(),
    reliability: 'C',
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: {},
  });
  const bigSpans = wordSpans(big);
  const bigStep = Math.max(1, Math.floor(bigSpans.length / 14_000));
  const bigMentions: NewRecord<'mention'>[] = [];
  for (let w = 0; w < bigSpans.length && bigMentions.length < 14_000; w += bigStep) {
    const [start, end] = bigSpans[w]!;
    bigMentions.push({
      documentId: bigDoc.id,
      entityId: entities[zipf()]!.id,
      start,
      end,
      surface: big.slice(start, end),
      extractor: 'bench',
      extractorVersion: '1',
      status: 'suggested',
    });
  }
  store.insertMany('mention', bigMentions);
  store.close();
  return {
    documents: nDocs + 1,
    entities: nEntities,
    mentions: mentions + bigMentions.length,
    bigDocumentId: bigDoc.id,
    bigDocumentMentions: bigMentions.length,
  };
}
