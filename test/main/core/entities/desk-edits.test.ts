import { describe, expect, it } from 'vitest';
import { addAlias, editEntity, PropertyErrors, removeAlias } from '../../../../main/core/entities/entity-details.js';
import { addMention, createEntity, deleteEntity } from '../../../../main/core/entities/create-delete.js';
import { splitAlias } from '../../../../main/core/entities/split-alias.js';
import { markDocuments } from '../../../../main/core/entities/document-marking.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

describe('the desk: entity edits, each one undoable', () => {
  it('edits name, type, notes and typed properties in one operation; invalid values write nothing', () => {
    const { store, dushanbe } = buildCase(tempDir());
    const auditBefore = store.auditLog().length;
    expect(() => editEntity(store, dushanbe.id, { properties: { latitude: '95', country: 'TJ' } })).toThrow(
      PropertyErrors,
    );
    try {
      editEntity(store, dushanbe.id, { properties: { latitude: '95' } });
    } catch (e) {
      expect((e as PropertyErrors).fieldErrors).toEqual({ latitude: 'a latitude lies between −90 and 90' });
    }
    expect(store.auditLog().length).toBe(auditBefore);
    expect(store.require('entity', dushanbe.id).properties).not.toHaveProperty('country');

    editEntity(store, dushanbe.id, {
      label: 'Dushanbe city',
      notes: 'capital',
      properties: { country: 'tj', latitude: '38.5598', longitude: '68.787' },
    });
    const after = store.require('entity', dushanbe.id);
    expect(after).toMatchObject({
      label: 'Dushanbe city',
      notes: 'capital',
      properties: { origin: 'extraction', country: 'TJ', latitude: '38.5598', longitude: '68.787' },
    });
    expect(store.list('alias', { entityId: dushanbe.id }).map((a) => a.alias)).toEqual(['Dushanbe']);
    undoLast(store);
    expect(store.require('entity', dushanbe.id)).toMatchObject({
      label: 'Dushanbe',
      notes: '',
      properties: { origin: 'extraction' },
    });
    expect(store.list('alias', { entityId: dushanbe.id })).toEqual([]);
    // Clearing one property keeps the others.
    editEntity(store, dushanbe.id, { properties: { country: 'TJ', latitude: '38.5598' } });
    editEntity(store, dushanbe.id, { properties: { latitude: '' } });
    expect(store.require('entity', dushanbe.id).properties).toEqual({
      origin: 'extraction',
      Dushanbe: true,
      country: 'TJ',
    });
    undoLast(store);
    expect(store.require('entity', dushanbe.id).properties).toHaveProperty('latitude', '38.5598');
    // Retyping checks the properties against the new type.
    expect(() => editEntity(store, dushanbe.id, { type: 'person', properties: { latitude: '1' } })).toThrow(
      /a person has no property "latitude"/,
    );
    editEntity(store, dushanbe.id, { type: 'organization', properties: { incorporationDate: '1991-09' } });
    expect(store.require('entity', dushanbe.id)).toMatchObject({
      type: 'organization',
      properties: { incorporationDate: '1991-09' },
    });
    expect(() => editEntity(store, dushanbe.id, {})).toThrow(/nothing to change/);
    store.close();
  });

  it('adds and removes aliases; refuses a name the entity already has', () => {
    const { store, us2 } = buildCase(tempDir());
    addAlias(store, us2.id, 'Stars and Stripes');
    expect(() => addAlias(store, us2.id, 'usa')).toThrow(/already has the name/);
    expect(store.searchNames('Stripes').map((h) => h.entityId)).toContain(us2.id);
    removeAlias(store, us2.id, 'USA');
    expect(store.list('alias', { entityId: us2.id }).map((a) => a.alias)).toEqual(['Stars and Stripes']);
    undoLast(store);
    undoLast(store);
    expect(store.list('alias', { entityId: us2.id }).map((a) => a.alias)).toEqual(['USA']);
    expect(store.searchNames('Stripes')).toEqual([]);
    store.close();
  });

  it('splits an alias out into its own entity with the mentions that used it, and undoes the split', () => {
    const { store, doc, text, us1, us3 } = buildCase(tempDir());
    // "US" was folded into "U.S." by a merge: its alias and mention now sit on U.S.
    store.insert('alias', { entityId: us1.id, alias: 'US' });
    const usMention = store.list('mention', { entityId: us3.id })[0]!;
    store.update('mention', usMention.id, { entityId: us1.id });
    const { entity, movedMentions } = splitAlias(store, us1.id, 'US');
    expect(movedMentions).toBe(1);
    expect(entity).toMatchObject({ type: 'location', label: 'US', status: 'confirmed' });
    expect(store.list('mention', { entityId: entity.id }).map((m) => text.slice(m.start, m.end))).toEqual(['US']);
    expect(store.list('mention', { entityId: us1.id }).map((m) => m.surface)).toEqual(['U.S.']);
    expect(store.list('alias', { entityId: us1.id })).toEqual([]);
    expect(() => splitAlias(store, us1.id, 'Nope')).toThrow(/has no alias "Nope"/);
    undoLast(store);
    expect(store.get('entity', entity.id)).toBeNull();
    expect(store.require('mention', usMention.id).entityId).toBe(us1.id);
    expect(store.list('alias', { entityId: us1.id }).map((a) => a.alias)).toEqual(['US']);
    expect(store.integrityCheck()).toEqual([]);
    void doc;
    store.close();
  });

  it('creates an entity from a selection with its first confirmed mention; adds a mention to another', () => {
    const { store, doc, text, russia } = buildCase(tempDir());
    const start = text.indexOf('officials');
    const { entity, mention } = createEntity(store, {
      type: 'organization',
      label: 'US officials',
      mention: { documentId: doc.id, start, end: start + 9 },
    });
    expect(mention).toMatchObject({
      entityId: entity.id,
      surface: 'officials',
      status: 'confirmed',
      extractor: 'analyst',
    });
    expect(() =>
      createEntity(store, { type: 'person', label: 'x', mention: { documentId: doc.id, start: 5, end: 999 } }),
    ).toThrow(/not inside "Report"/);
    const met = text.indexOf('met');
    addMention(store, russia.id, { documentId: doc.id, start: met, end: met + 3 });
    expect(store.require('entity', russia.id).status).toBe('confirmed');
    expect(() => addMention(store, russia.id, { documentId: doc.id, start: met, end: met + 3 })).toThrow(
      /already marked/,
    );
    undoLast(store);
    expect(store.require('entity', russia.id).status).toBe('suggested');
    undoLast(store);
    expect(store.get('entity', entity.id)).toBeNull();
    expect(store.get('mention', mention!.id)).toBeNull();
    store.close();
  });

  it('deletes an entity with everything that hangs on it (tombstoned) and brings it all back on undo', () => {
    const { store, us1, us2, event } = buildCase(tempDir());
    const count = () => JSON.stringify(store.counts());
    const before = count();
    const links = store.list('link', { sourceId: us1.id }).length;
    expect(links).toBe(1);
    deleteEntity(store, us1.id);
    expect(store.get('entity', us1.id)).toBeNull();
    expect(store.tombstones().map((t) => t.id)).toContain(us1.id);
    expect(store.list('participant', { eventId: event.id }).map((p) => p.entityId)).toEqual([us2.id]);
    expect(store.list('chartNode', { subjectId: us1.id })).toEqual([]);
    expect(store.integrityCheck()).toEqual([]);
    undoLast(store);
    expect(count()).toBe(before);
    expect(store.require('entity', us1.id).label).toBe('U.S.');
    expect(store.tombstones().map((t) => t.id)).not.toContain(us1.id);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('grades and marks several documents at once, undoably', () => {
    const { store, doc } = buildCase(tempDir());
    const other = store.insert('document', { ...doc, id: undefined, title: 'Second', sha256: 'b'.repeat(64) } as never);
    markDocuments(store, [doc.id, other.id], { reliability: 'B', tlp: 'TLP:RED' });
    expect(store.require('document', other.id)).toMatchObject({ reliability: 'B', tlp: 'TLP:RED' });
    expect(() => markDocuments(store, [doc.id], {})).toThrow(/grade or a TLP/);
    undoLast(store);
    expect(store.require('document', doc.id)).toMatchObject({ reliability: null, tlp: 'TLP:AMBER' });
    expect(store.require('document', other.id)).toMatchObject({ reliability: null, tlp: 'TLP:AMBER' });
    markDocuments(store, [doc.id], { reliability: 'A' });
    markDocuments(store, [doc.id], { reliability: null });
    expect(store.require('document', doc.id).reliability).toBeNull();
    store.close();
  });
});
