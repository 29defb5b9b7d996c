import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../lib/seeded-random.js';
import { dismissDuplicate } from '../../../../main/core/entities/duplicate-dismissals.js';
import { findLikelyDuplicates, likelyDuplicatePage } from '../../../../main/core/entities/likely-duplicates.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { referenceDuplicates } from './reference-duplicates.js';

const tempDir = useTempDir();

const FIRST = ['Zafar', 'Emomali', 'Nigina', 'Davlat', 'Ali'];
const LAST = ['Kurbonov', 'Qurbonov', 'Rahmon', 'Rakhmon', 'Juraev', 'Dzhuraev', 'Zirebon', 'Zirehbon'];
const ORGS = [
  'AsiaPlus',
  'Asia-Plus',
  'Asia Plus',
  'CSTO',
  'Collective Security Treaty Organization',
  'Ministry of Foreign Affairs',
  'Ministry of Foreign Affairs of Tajikistan',
  'MFA',
  'U.S.',
  'US',
  'United States',
  'The Border Guards',
  'Border Guards',
];

/** A case full of near names: transliterations, punctuation, acronyms, surnames, qualifiers, aliases. */
function nearNames(dir: string, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const store = CaseStore.create(join(dir, `names-${seed}.dossier`), { title: 'names' });
  const entities = store.insertMany(
    'entity',
    Array.from({ length: 160 }, (_, i) => {
      const kind = i % 4;
      const type = kind === 0 || kind === 1 ? 'person' : kind === 2 ? 'organization' : 'location';
      const label =
        type === 'person'
          ? random() < 0.3
            ? pick(LAST)
            : `${pick(FIRST)} ${pick(LAST)}`
          : type === 'organization'
            ? pick(ORGS)
            : pick(['Khorog', 'Xorug', 'Khujand', "Xo'jand", 'Dushanbe', 'US', 'U.S.']);
      return { type, label, properties: {}, notes: '', status: random() < 0.1 ? 'rejected' : 'suggested' } as const;
    }),
  );
  store.insertMany(
    'alias',
    entities.filter(() => random() < 0.3).map((e) => ({ entityId: e.id, alias: pick([...LAST, ...ORGS]) })),
  );
  return { store, entities, pick };
}

const flat = (ps: ReturnType<typeof findLikelyDuplicates>) =>
  ps.map((p) => `${p.a.id} ${p.b.id} ${p.kind} ${p.score} ${p.reason}`);

describe('the duplicates queue page', () => {
  it.each([1, 2, 3])('near names %i: the same proposals, in the same order, as the old finder', (seed) => {
    const { store, entities, pick } = nearNames(tempDir(), seed);
    const first = referenceDuplicates(store);
    expect(first.length).toBeGreaterThan(100);
    expect(new Set(first.map((p) => p.kind)).size).toBeGreaterThanOrEqual(6);
    // Dismissals are honoured the same way.
    for (let i = 0; i < 10; i++) {
      const p = pick(first);
      dismissDuplicate(store, p.a.id, p.b.id);
    }
    const old = referenceDuplicates(store);
    expect(flat(findLikelyDuplicates(store))).toEqual(flat(old));
    expect(findLikelyDuplicates(store)).toEqual(old);
    expect(flat(findLikelyDuplicates(store, { includeDismissed: true }))).toEqual(
      flat(referenceDuplicates(store, { includeDismissed: true })),
    );
    for (const limit of [1, 7, 50, 500]) {
      const page = likelyDuplicatePage(store, { limit });
      expect(page.total).toBe(old.length);
      expect(flat(page.rows)).toEqual(flat(old.slice(0, limit)));
    }
    for (const type of ['person', 'organization', 'location', 'vehicle']) {
      const page = likelyDuplicatePage(store, { limit: 30, type });
      const ofType = old.filter((p) => p.a.type === type);
      expect(page.total).toBe(ofType.length);
      expect(flat(page.rows)).toEqual(flat(ofType.slice(0, 30)));
    }
    expect(entities.length).toBe(160);
    store.close();
  });
});
