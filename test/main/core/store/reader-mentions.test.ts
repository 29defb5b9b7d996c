import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('reader mentions', () => {
  it('come in text order with their entity, all of them or those overlapping a range', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 't' });
    const text = 'Rahmon met officials in Khorog and Dushanbe.';
    const doc = store.insert('document', {
      title: 'd',
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: 'x',
      size: text.length,
      text,
      language: 'en',
      publishedAt: null,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      reliability: null,
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    });
    const entity = (label: string, type: string) =>
      store.insert('entity', { type, label, properties: {}, notes: '', status: 'suggested' });
    const mention = (entityId: string, word: string) => {
      const start = text.indexOf(word);
      return store.insert('mention', {
        documentId: doc.id,
        entityId,
        start,
        end: start + word.length,
        surface: word,
        extractor: 't',
        extractorVersion: '1',
        status: 'suggested',
      });
    };
    const dushanbe = entity('Dushanbe', 'location');
    const rahmon = entity('Emomali Rahmon', 'person');
    const khorog = entity('Khorog', 'location');
    mention(dushanbe.id, 'Dushanbe');
    mention(rahmon.id, 'Rahmon');
    mention(khorog.id, 'Khorog');
    expect(store.readerMentions(doc.id).map((m) => [m.entityLabel, m.entityType, m.start])).toEqual([
      ['Emomali Rahmon', 'person', 0],
      ['Khorog', 'location', 24],
      ['Dushanbe', 'location', 35],
    ]);
    expect(store.readerMentions(doc.id, { start: 26, end: 36 }).map((m) => m.entityLabel)).toEqual([
      'Khorog',
      'Dushanbe',
    ]);
    expect(store.readerMentions(doc.id, { start: 6, end: 24 })).toEqual([]);

    // The summary counts without the list; stepping finds the neighbour of any character.
    store.update('mention', store.readerMentions(doc.id)[2]!.id, { status: 'rejected' });
    expect(store.readerSummary(doc.id)).toEqual({
      byStatus: { suggested: 2, confirmed: 0, rejected: 1 },
      byType: { person: 1, location: 1 },
      entities: [
        { id: rahmon.id, label: 'Emomali Rahmon', type: 'person' },
        { id: khorog.id, label: 'Khorog', type: 'location' },
      ],
    });
    const step = (from: number, direction: 'next' | 'previous', withRejected = false) =>
      store.adjacentMention(doc.id, from, direction, withRejected)?.entityLabel ?? null;
    expect(step(-1, 'next')).toBe('Emomali Rahmon');
    expect(step(0, 'next')).toBe('Khorog');
    expect(step(24, 'next')).toBeNull();
    expect(step(24, 'next', true)).toBe('Dushanbe');
    expect(step(text.length, 'previous')).toBe('Khorog');
    expect(step(text.length, 'previous', true)).toBe('Dushanbe');
    expect(step(0, 'previous')).toBeNull();
    store.close();
  });
});
