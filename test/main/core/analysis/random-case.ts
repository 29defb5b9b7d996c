import { join } from 'node:path';
import { seededRandom } from '../../../../lib/seeded-random.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { NewRecord } from '../../../../main/core/store/records.js';

const WORDS = [
  'Anna',
  'Berg',
  'Carl',
  'Dorn',
  'Riga',
  'Khorog',
  'Eastwind',
  'Vakhsh',
  'Pamir',
  'Qurbon',
  'Sadr',
  'Lina',
];
const TYPES = ['person', 'organization', 'location', 'quantity'];
const DATES = [null, '', '2021', '2021-04', '2021-04-02', '2022-11-30', '2019-01-15', '2023-06'];
const GRADES = [null, 'A', 'B', 'C', 'F'] as const;

/**
 * A seeded random case with every awkward part the chart and timeline reads must handle:
 * rejected entities, mentions, links and events; quantities; self-links; citations of
 * entities, links and events; documents without a grade or a date, or with a partial one;
 * events dated by day, month, year, range, only an end, or not at all. Written here, small.
 */
export function randomCase(dir: string, seed: number, docs = 30) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const store = CaseStore.create(join(dir, `random-${seed}.dossier`), { title: `Random ${seed}` });
  const documents = store.insertMany(
    'document',
    Array.from({ length: docs }, (_, i) => {
      const text = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
      return {
        title: `Report ${i}`,
        sourceUri: '',
        mimeType: 'text/plain',
        sha256: String(i).padStart(64, '0'),
        size: text.length,
        text,
        language: 'en',
        publishedAt: pick(DATES),
        ingestedAt: '2024-01-01T00:00:00.000Z',
        reliability: pick(GRADES),
        tlp: 'TLP:AMBER',
        parentId: null,
        properties: {},
      } satisfies NewRecord<'document'>;
    }),
  );
  const status = () => pick(['suggested', 'suggested', 'confirmed', 'rejected'] as const);
  const entities = store.insertMany(
    'entity',
    Array.from({ length: docs * 3 }, (_, i) => ({
      type: pick(TYPES),
      label: i % 17 === 0 ? String(i) : `${pick(WORDS)} ${pick(WORDS)}`,
      properties: {},
      notes: '',
      status: status(),
    })),
  );
  // Few entities take most mentions, as in real cases.
  const busy = () => entities[Math.floor(entities.length * random() ** 3)]!;
  store.insertMany(
    'mention',
    documents.flatMap((d) =>
      Array.from({ length: 12 }, (_, k) => ({
        documentId: d.id,
        entityId: busy().id,
        start: k * 5,
        end: k * 5 + 4,
        surface: d.text.slice(k * 5, k * 5 + 4),
        extractor: 'test',
        extractorVersion: '1',
        status: status(),
      })),
    ),
  );
  const links = store.insertMany(
    'link',
    Array.from({ length: docs * 2 }, (_, i) => {
      const source = busy();
      return {
        sourceId: source.id,
        targetId: i % 13 === 0 ? source.id : busy().id,
        type: pick(['associate', 'member_of', 'located_in']),
        directed: random() < 0.5,
        confidence: 0.5,
        credibility: 3,
        firstSeen: pick(DATES),
        lastSeen: null,
        status: status(),
        properties: {},
      };
    }),
  );
  const spans: [string | null, string | null, NewRecord<'event'>['datePrecision']][] = [
    ['2021-04-02', null, 'day'],
    ['2021-04', null, 'month'],
    ['2020', null, 'year'],
    ['2021-01-01', '2021-03-01', 'range'],
    [null, '2022-05-05', 'range'],
    ['2022-02-02', null, 'range'],
    [null, null, 'unknown'],
  ];
  const events = store.insertMany(
    'event',
    Array.from({ length: docs * 2 }, (_, i) => {
      const [startAt, endAt, datePrecision] = pick(spans);
      return {
        title: `Event ${i}`,
        startAt,
        endAt,
        datePrecision,
        locationEntityId: null,
        description: '',
        status: status(),
        properties: i % 3 ? { type: pick(['attack', 'meeting', 'statement']) } : {},
      };
    }),
  );
  store.insertMany(
    'participant',
    events.flatMap((e) =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        eventId: e.id,
        entityId: busy().id,
        role: 'agent',
      })),
    ),
  );
  const subjects = [
    ...events.map((e) => ['event', e.id] as const),
    ...links.map((l) => ['link', l.id] as const),
    ...entities.slice(0, 10).map((e) => ['entity', e.id] as const),
  ];
  store.insertMany(
    'citation',
    subjects.flatMap(([subjectKind, subjectId]) =>
      random() < 0.6
        ? [{ subjectKind, subjectId, documentId: pick(documents).id, start: 0, end: 4, quote: 'Anna', page: null }]
        : [],
    ),
  );
  return { store, entities, events, links, documents };
}
