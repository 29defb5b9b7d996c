import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractionResult } from '../../../../main/core/extract/types.js';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { reextractDocument } from '../../../../main/core/ingest/reextract.js';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** A predictable extractor: finds the listed names wherever they occur. */
function listExtractor(
  names: { text: string; type: ExtractedEntity['type']; canonical?: string; aliases?: string[] }[],
  version = '1',
): (text: string) => ExtractionResult {
  return (text) => {
    const entities: ExtractedEntity[] = [];
    for (const n of names) {
      for (let at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + 1)) {
        const canonical = n.canonical ?? n.text;
        entities.push({
          type: n.type,
          text: n.text,
          start: at,
          end: at + n.text.length,
          key: canonical.toLowerCase(),
          canonical,
          aliases: n.aliases,
        });
      }
    }
    const sentenceEnd = text.indexOf('.') + 1;
    const first = entities.filter((e) => e.end <= sentenceEnd);
    const events = first.length
      ? [
          {
            title: 'Meeting',
            start: 0,
            end: sentenceEnd,
            trigger: 'meeting',
            date: { text: 'Nov 3', start: 0, end: 0, value: '2025-11-03', precision: 'day' as const },
            locationKey: first.find((e) => e.type === 'location')?.key ?? null,
            participants: first.map((e) => ({
              key: e.key,
              type: e.type,
              role: e.type === 'location' ? 'place' : 'participant',
            })),
          },
        ]
      : [];
    return { entities, dates: [], events, extractor: 'test-extractor', extractorVersion: version };
  };
}

const NAMES = [
  { text: 'Emomali Rahmon', type: 'person' as const },
  { text: 'Rahmon', type: 'person' as const, canonical: 'Emomali Rahmon' },
  { text: 'Collective Security Treaty Organization', type: 'organization' as const, aliases: ['CSTO'] },
  { text: 'CSTO', type: 'organization' as const, canonical: 'Collective Security Treaty Organization' },
  { text: 'Dushanbe', type: 'location' as const },
];

function setup(dir: string): { store: CaseStore; files: string[] } {
  const files = [join(dir, 'one.txt'), join(dir, 'two.txt')];
  writeFileSync(
    files[0]!,
    'Emomali Rahmon met the Collective Security Treaty Organization (CSTO) in Dushanbe. Rahmon spoke.',
  );
  writeFileSync(files[1]!, 'The CSTO said Rahmon was in Dushanbe. Nothing else.');
  return { store: CaseStore.create(join(dir, 'c.dossier'), { title: 't' }), files };
}

describe('storing extraction results', () => {
  it('resolves entities across documents by normalised name and alias, with mentions, events and citations', async () => {
    const { store, files } = setup(tempDir());
    const summary = await importFiles(store, files, { extractor: listExtractor(NAMES) });
    expect(summary.imported.map((f) => f.entities)).toEqual([3, 3]);
    const entities = store.list('entity');
    expect(entities.map((e) => `${e.type}:${e.label}`).sort()).toEqual([
      'location:Dushanbe',
      'organization:Collective Security Treaty Organization',
      'person:Emomali Rahmon',
    ]);
    expect(entities.every((e) => e.status === 'suggested' && e.properties.origin === 'extraction')).toBe(true);
    const csto = entities.find((e) => e.type === 'organization')!;
    expect(store.list('alias', { entityId: csto.id }).map((a) => a.alias)).toContain('CSTO');
    const rahmon = entities.find((e) => e.type === 'person')!;
    const mentions = store.list('mention', { entityId: rahmon.id });
    expect(mentions).toHaveLength(4);
    for (const m of mentions) {
      const doc = store.require('document', m.documentId);
      expect(doc.text.slice(m.start, m.end)).toBe(m.surface);
      expect(m).toMatchObject({ extractor: 'test-extractor', extractorVersion: '1', status: 'suggested' });
    }
    const events = store.list('event');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      title: 'Meeting',
      startAt: '2025-11-03',
      datePrecision: 'day',
      status: 'suggested',
    });
    expect(events[0]!.locationEntityId).toBe(entities.find((e) => e.type === 'location')!.id);
    // The event's place is its location, not one of its participants.
    const place = entities.find((e) => e.type === 'location')!.id;
    expect(
      store
        .list('participant', { eventId: events[0]!.id })
        .map((p) => p.entityId)
        .sort(),
    ).toEqual(
      entities
        .map((e) => e.id)
        .filter((id) => id !== place)
        .sort(),
    );
    const citation = store.list('citation', { subjectId: events[0]!.id })[0]!;
    expect(citation.quote).toBe('Emomali Rahmon met the Collective Security Treaty Organization (CSTO) in Dushanbe.');
    store.close();
  });

  it('re-extraction replaces only its own suggestions, keeping the analyst decisions', async () => {
    const { store, files } = setup(tempDir());
    const summary = await importFiles(store, files, { extractor: listExtractor(NAMES) });
    const docId = summary.imported[0]!.documentId;
    const mentions = store.list('mention', { documentId: docId });
    const confirmed = mentions.find((m) => m.surface === 'Emomali Rahmon')!;
    const rejected = mentions.find((m) => m.surface === 'Dushanbe')!;
    store.update('mention', confirmed.id, { status: 'confirmed' });
    store.update('mention', rejected.id, { status: 'rejected' });
    const manualEntity = store.insert('entity', {
      type: 'person',
      label: 'Analyst Person',
      properties: {},
      notes: '',
      status: 'confirmed',
    });
    const manual = store.insert('mention', {
      documentId: docId,
      entityId: manualEntity.id,
      start: 0,
      end: 7,
      surface: 'Emomali',
      extractor: 'analyst',
      extractorVersion: '',
      status: 'confirmed',
    });

    // A new version of the extractor that no longer finds the organisation at all.
    const result = await reextractDocument(store, docId, {
      extractor: listExtractor(
        NAMES.filter((n) => n.type !== 'organization'),
        '2',
      ),
    });
    const after = store.list('mention', { documentId: docId });
    expect(store.get('mention', confirmed.id)!.status).toBe('confirmed');
    expect(store.get('mention', rejected.id)!.status).toBe('rejected');
    expect(store.get('mention', manual.id)).not.toBeNull();
    // Nothing new on spans the analyst decided; the rest is version 2's.
    const machine = after.filter((m) => m.extractor === 'test-extractor');
    expect(machine.filter((m) => m.status === 'suggested').every((m) => m.extractorVersion === '2')).toBe(true);
    expect(after.filter((m) => m.start === confirmed.start && m.end === confirmed.end)).toHaveLength(1);
    expect(after.filter((m) => m.start === rejected.start && m.end === rejected.end)).toHaveLength(1);
    expect(after.some((m) => m.surface === 'CSTO')).toBe(false);
    // The organisation is still mentioned by the other document, so it stays.
    expect(result.removedEntities).toBe(0);
    expect(store.list('entity', { type: 'organization' })).toHaveLength(1);
    expect(store.list('event')).toHaveLength(2);
    expect(store.get('entity', manualEntity.id)).not.toBeNull();
    store.close();
  });

  it('stores what the real extraction finds in a corpus article, every offset matching the text', async () => {
    const dir = tempDir();
    const file = join(dir, 'article.txt');
    writeFileSync(
      file,
      readFileSync(new URL('../../../../../shared/corpus/tajikistan-drone-strikes-2025-12-13.txt', import.meta.url)),
    );
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 't' });
    const summary = await importFiles(store, [file], {});
    expect(summary.imported[0]!.entities).toBeGreaterThan(5);
    const doc = store.require('document', summary.imported[0]!.documentId);
    const mentions = store.list('mention', { documentId: doc.id });
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.surface);
    expect(store.list('entity', { type: 'location' }).map((e) => e.label)).toContain('Tajikistan');
    store.close();
  });

  it('re-extraction honours a merge: mentions go to the survivor and the merged entity stays gone', async () => {
    const { store, files } = setup(tempDir());
    const names = [...NAMES, { text: 'CSTO', type: 'organization' as const, canonical: 'CSTO' }].filter(
      (n) => !(n.text === 'CSTO' && n.canonical !== 'CSTO'),
    );
    const summary = await importFiles(store, files, {
      extractor: listExtractor(names.map((n) => ({ ...n, aliases: undefined }))),
    });
    const orgs = store.list('entity', { type: 'organization' });
    expect(orgs.map((o) => o.label).sort()).toEqual(['CSTO', 'Collective Security Treaty Organization']);
    const long = orgs.find((o) => o.label !== 'CSTO')!;
    const short = orgs.find((o) => o.label === 'CSTO')!;
    mergeEntities(store, long.id, [short.id]);
    await reextractDocument(store, summary.imported[1]!.documentId, {
      extractor: listExtractor(
        names.map((n) => ({ ...n, aliases: undefined })),
        '2',
      ),
    });
    expect(store.get('entity', short.id)).toBeNull();
    expect(store.list('entity', { type: 'organization' }).map((o) => o.id)).toEqual([long.id]);
    const cstoMentions = store
      .list('mention', { documentId: summary.imported[1]!.documentId })
      .filter((m) => m.surface === 'CSTO');
    expect(cstoMentions.map((m) => [m.entityId, m.extractorVersion])).toEqual([[long.id, '2']]);
    store.close();
  });
});
