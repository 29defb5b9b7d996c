// A case holding one long document with many mentions (the reader's scale row): a 1 MB report
// by default, ~14k mentions of 300 entities, each mention on a real word of the text.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { seededRandom } from '../../lib/seeded-random.js';
import { CaseStore } from '../../main/core/store/case-store.js';

export interface BigDocumentCase {
  path: string;
  documentId: string;
  title: string;
  textLength: number;
  mentions: number;
  /** The last mention in the text: far down, for scroll-to tests. */
  last: { start: number; end: number; label: string };
}

const FIRST = ['Amina', 'Boris', 'Chen', 'Dalia', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jana'];
const LAST = ['Okafor', 'Petrov', 'Quispe', 'Rahman', 'Sokolov', 'Tanaka', 'Umarov', 'Varga', 'Weiss', 'Yilmaz'];
const PLACES = ['Gbao', 'Kessa', 'Lunar Ridge', 'Mostar', 'Narva', 'Orsk'];
const TAILS = [
  'was seen near the northern crossing before the convoy left.',
  'met two officials at the depot on the evening of the strike.',
  'signed the transfer papers, according to the second witness.',
  'denied any role in the shipment when asked by the reporter.',
  'travelled by road for most of the week, the log shows.',
];

/** Writes the case under `dir`; `bytes` is the text's length (about one mention per 71 characters). */
export function buildBigDocumentCase(dir: string, bytes = 1_000_000): BigDocumentCase {
  const random = seededRandom(15);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const path = join(dir, 'big-document.dossier');
  const store = CaseStore.create(path, { title: 'Big document' });
  const names = [
    ...FIRST.flatMap((f) => LAST.map((l) => ({ label: `${f} ${l}`, type: 'person' }))),
    ...PLACES.map((p) => ({ label: p, type: 'location' })),
  ];
  let text = '';
  const spans: { start: number; end: number; entity: number }[] = [];
  let paragraph = 0;
  while (text.length < bytes) {
    paragraph++;
    const sentences = 3 + Math.floor(random() * 5);
    for (let s = 0; s < sentences; s++) {
      const entity = Math.floor(random() * random() * names.length);
      spans.push({ start: text.length, end: text.length + names[entity]!.label.length, entity });
      text += `${names[entity]!.label} ${pick(TAILS)}${s + 1 < sentences ? ' ' : '\n\n'}`;
    }
    if (paragraph % 40 === 0) text += `Section ${paragraph / 40}\n\n`;
  }
  const title = `Collected field reports (${Math.round(bytes / 1000)} kB)`;
  const bytesOf = Buffer.from(text);
  const sha256 = createHash('sha256').update(bytesOf).digest('hex');
  let documentId = '';
  store.transaction(() => {
    const entities = store.insertMany(
      'entity',
      names.map((n) => ({ type: n.type, label: n.label, properties: {}, notes: '', status: 'suggested' as const })),
      'test',
    );
    store.putOriginal(sha256, bytesOf);
    documentId = store.insert('document', {
      title,
      sourceUri: 'file:///reports/collected.txt',
      mimeType: 'text/plain',
      sha256,
      size: bytesOf.length,
      text,
      language: 'en',
      publishedAt: '2025-12-13',
      ingestedAt: new Date().toISOString(),
      reliability: 'C',
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    }).id;
    store.insertMany(
      'mention',
      spans.map((s) => ({
        documentId,
        entityId: entities[s.entity]!.id,
        start: s.start,
        end: s.end,
        surface: text.slice(s.start, s.end),
        extractor: 'test',
        extractorVersion: '1',
        status: 'suggested' as const,
      })),
      'test',
    );
  });
  store.close();
  const last = spans.at(-1)!;
  return {
    path,
    documentId,
    title,
    textLength: text.length,
    mentions: spans.length,
    last: { start: last.start, end: last.end, label: names[last.entity]!.label },
  };
}
