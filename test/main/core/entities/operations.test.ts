import { describe, expect, it } from 'vitest';
import { addManualEntity, addManualMention, createLink, renameEntity } from '../../../../main/core/entities/edit.js';
import { recentOperations } from '../../../../main/core/entities/journal.js';
import { setEntityStatus, setMentionStatus } from '../../../../main/core/entities/status.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

describe('analyst entity operations', () => {
  it('confirms a mention (and its suggested entity) and rejects an entity with its suggested mentions', () => {
    const { store, us1, russia } = buildCase(tempDir());
    const m = store.list('mention', { entityId: us1.id })[0]!;
    setMentionStatus(store, [m.id], 'confirmed');
    expect(store.require('mention', m.id).status).toBe('confirmed');
    expect(store.require('entity', us1.id).status).toBe('confirmed');
    setEntityStatus(store, [russia.id], 'rejected');
    expect(store.require('entity', russia.id).status).toBe('rejected');
    expect(store.list('mention', { entityId: russia.id }).every((x) => x.status === 'rejected')).toBe(true);
    expect(() => setEntityStatus(store, [russia.id], 'maybe' as never)).toThrow(/suggested, confirmed or rejected/);
    // Undo goes back one operation at a time.
    undoLast(store);
    expect(store.require('entity', russia.id).status).toBe('suggested');
    expect(store.list('mention', { entityId: russia.id }).every((x) => x.status === 'suggested')).toBe(true);
    undoLast(store);
    expect(store.require('mention', m.id).status).toBe('suggested');
    expect(store.require('entity', us1.id).status).toBe('suggested');
    store.close();
  });

  it('renames an entity keeping the old label as an alias, and undoes it', () => {
    const { store, us2 } = buildCase(tempDir());
    const { entity } = renameEntity(store, us2.id, 'United States');
    expect(entity.label).toBe('United States');
    expect(
      store
        .list('alias', { entityId: us2.id })
        .map((a) => a.alias)
        .sort(),
    ).toEqual(['USA', 'United States of America']);
    expect(store.searchNames('America').map((h) => h.entityId)).toContain(us2.id);
    expect(() => renameEntity(store, us2.id, '  United States ')).toThrow(/already called/);
    expect(() => renameEntity(store, us2.id, '   ')).toThrow(/new name is required/);
    expect(recentOperations(store)[0]).toMatchObject({
      name: 'rename',
      summary: 'rename to "United States"',
      undoneAt: null,
    });
    undoLast(store);
    expect(recentOperations(store)[0]!.undoneAt).not.toBeNull();
    expect(store.require('entity', us2.id).label).toBe('United States of America');
    expect(store.list('alias', { entityId: us2.id }).map((a) => a.alias)).toEqual(['USA']);
    store.close();
  });

  it('adds a manual entity and mention, validated against the document', () => {
    const { store, doc, text } = buildCase(tempDir());
    const { entity } = addManualEntity(store, { type: 'organization', label: ' US officials ' });
    expect(entity).toMatchObject({ label: 'US officials', status: 'confirmed', properties: { origin: 'analyst' } });
    const start = text.indexOf('US officials');
    const { mention } = addManualMention(store, { documentId: doc.id, entityId: entity.id, start, end: start + 12 });
    expect(mention).toMatchObject({ surface: 'US officials', extractor: 'analyst', status: 'confirmed' });
    expect(() => addManualMention(store, { documentId: doc.id, entityId: entity.id, start: 80, end: 500 })).toThrow(
      /not inside "Report"/,
    );
    expect(() => addManualEntity(store, { type: '', label: 'x' })).toThrow(/type and a label/);
    undoLast(store);
    expect(store.get('mention', mention.id)).toBeNull();
    undoLast(store);
    expect(store.get('entity', entity.id)).toBeNull();
    store.close();
  });

  it('creates a confirmed link with a cited passage and its page', () => {
    const { store, doc, text, russia, dushanbe } = buildCase(tempDir());
    const start = text.indexOf('US officials');
    const { link } = createLink(store, {
      sourceId: russia.id,
      targetId: dushanbe.id,
      type: 'visited',
      directed: true,
      confidence: 0.8,
      credibility: 2,
      citation: { documentId: doc.id, start, end: text.length },
    });
    expect(link).toMatchObject({ status: 'confirmed', confidence: 0.8, credibility: 2, directed: true });
    const cite = store.list('citation', { subjectId: link.id })[0]!;
    expect(cite).toMatchObject({ quote: 'US officials spoke in Dushanbe.', page: 2 });
    expect(() => createLink(store, { sourceId: russia.id, targetId: russia.id, type: 'x' })).toThrow(
      /two different entities/,
    );
    expect(() => createLink(store, { sourceId: russia.id, targetId: dushanbe.id, type: 'x', credibility: 9 })).toThrow(
      /1–6/,
    );
    expect(() => createLink(store, { sourceId: russia.id, targetId: dushanbe.id, type: 'x', confidence: 2 })).toThrow(
      /between 0 and 1/,
    );
    const links = store.count('link');
    expect(() =>
      createLink(store, {
        sourceId: russia.id,
        targetId: dushanbe.id,
        type: 'x',
        citation: { documentId: doc.id, start: 5, end: 1 },
      }),
    ).toThrow(/not inside/);
    expect(store.count('link')).toBe(links);
    store.close();
  });
});
