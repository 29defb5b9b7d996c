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
    store.close();
  });
});
