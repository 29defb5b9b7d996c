import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { setMentionStatus } from '../../../../main/core/entities/status.js';
import { undoOperation } from '../../../../main/core/entities/undo.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { tallyProblems } from '../../../../main/core/store/tallies.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function caseWithMentions() {
  const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 't' });
  const doc = (title: string) =>
    store.insert('document', {
      title,
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: title,
      size: 1,
      text: 'Rahmon met Rakhmon in Khorog.',
      language: 'en',
      publishedAt: null,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      reliability: null,
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    });
  const entity = (label: string, type = 'person') =>
    store.insert('entity', { type, label, properties: {}, notes: '', status: 'suggested' });
  const mention = (documentId: string, entityId: string, start: number) =>
    store.insert('mention', {
      documentId,
      entityId,
      start,
      end: start + 6,
      surface: 'x',
      extractor: 'test',
      extractorVersion: '1',
      status: 'suggested',
    });
  return { store, doc, entity, mention };
}

const tally = (store: CaseStore, id: string) =>
  store.entityPage({ offset: 0, limit: 100, filter: { includeRejected: true } }).rows.find((r) => r.id === id);

describe('tallies kept by triggers', () => {
  it('follow inserts, rejections, merges, their undo, and deletions, and `dossier check` finds them right', () => {
    const { store, doc, entity, mention } = caseWithMentions();
    const d1 = doc('one');
    const d2 = doc('two');
    const a = entity('Rahmon');
    const b = entity('Rakhmon');
    const khorog = entity('Khorog', 'location');
    const m1 = mention(d1.id, a.id, 0);
    mention(d2.id, a.id, 0);
    mention(d1.id, b.id, 11);
    store.insert('link', {
      sourceId: a.id,
      targetId: khorog.id,
      type: 'visited',
      directed: true,
      confidence: 0.5,
      credibility: null,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested',
      properties: {},
    });
    expect(tally(store, a.id)).toMatchObject({ mentions: 2, documents: 2, links: 1 });
    expect(tally(store, khorog.id)).toMatchObject({ mentions: 0, documents: 0, links: 1 });

    setMentionStatus(store, [m1.id], 'rejected');
    expect(tally(store, a.id)).toMatchObject({ mentions: 1, documents: 1 });

    const merged = mergeEntities(store, a.id, [b.id]);
    expect(tally(store, a.id)).toMatchObject({ mentions: 2, documents: 2, links: 1 });
    expect(tally(store, b.id)).toBeUndefined();
    expect(store.integrityCheck()).toEqual([]);

    undoOperation(store, merged.operationId);
    expect(tally(store, a.id)).toMatchObject({ mentions: 1, documents: 1 });
    expect(tally(store, b.id)).toMatchObject({ mentions: 1, documents: 1 });

    store.remove('document', d2.id);
    expect(tally(store, a.id)).toMatchObject({ mentions: 0, documents: 0 });
    expect(store.documentPage({ offset: 0, limit: 10 }).rows.map((r) => [r.title, r.mentions])).toEqual([['one', 1]]);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('are reported by the integrity check when they disagree with the records', () => {
    const { store, doc, entity, mention } = caseWithMentions();
    const a = entity('Rahmon');
    mention(doc('one').id, a.id, 0);
    const db = store.connection();
    db.prepare('UPDATE entity_tallies SET mentions = 7 WHERE entity_id = ?').run(a.id);
    db.prepare('UPDATE document_tallies SET mentions = 3').run();
    expect(tallyProblems(db)).toEqual([
      `entity ${a.id}: kept tally 7 mentions / 1 documents / 0 links, records say 1 / 1 / 0`,
      expect.stringMatching(/^document .*: kept tally 3 mentions, records say 1$/),
    ]);
    expect(store.integrityCheck()).toHaveLength(2);
    store.close();
  });
});
