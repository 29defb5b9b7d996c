import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { reextractDocument } from '../../../../main/core/ingest/reextract.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test in the project's own words.
const REPORT = [
  'Date of report: 4 March 2025',
  '',
  'Kyrgyzstan, a member of the Collective Security Treaty Organization, asked Moscow for help on Monday.',
  'Border guards of Kyrgyzstan clashed with Tajik troops near Batken on 3 March 2025, killing two.',
].join('\n');
const FOLLOW_UP = 'A second report said troops of Kyrgyzstan clashed with Tajik soldiers near Batken on 3 March 2025.';

describe('storing suggested links and grouped events', () => {
  it('stores stated relations as suggested links with a citation, and typed events with roles and counts', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.txt');
    writeFileSync(file, REPORT);
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 't' });
    const summary = await importFiles(store, [file], {});
    const docId = summary.imported[0]!.documentId;
    const doc = store.require('document', docId);
    // The text's "Date of report:" dates the document, with where it was read.
    expect(doc.properties.documentDate).toEqual({ value: '2025-03-04', precision: 'day', source: 'report-date' });
    expect(doc.publishedAt).toBe('2025-03-04');
    const label = (id: string) => store.require('entity', id).label;
    const links = store.list('link').map((l) => ({ ...l, s: label(l.sourceId), t: label(l.targetId) }));
    const member = links.find((l) => l.type === 'member_of')!;
    expect(member).toMatchObject({
      s: 'Kyrgyzstan',
      t: 'Collective Security Treaty Organization',
      status: 'suggested',
      directed: true,
    });
    expect(member.properties).toMatchObject({ origin: 'extraction', rule: 'apposition' });
    const cite = store.list('citation', { subjectId: member.id })[0]!;
    expect(doc.text.slice(cite.start, cite.end)).toBe(cite.quote);
    expect(cite.quote).toContain('a member of the Collective Security Treaty Organization');

    const clash = store.list('event').find((e) => e.properties.type === 'clash')!;
    expect(clash).toMatchObject({ startAt: '2025-03-03', datePrecision: 'day', status: 'suggested' });
    expect(clash.properties.counts).toEqual({ killed: 2 });
    expect(label(clash.locationEntityId!)).toBe('Batken');
    const roles = store.list('participant', { eventId: clash.id }).map((p) => `${label(p.entityId)}:${p.role}`);
    expect(roles).toContain('Kyrgyzstan:agent');

    // A second document reporting the same clash adds a citation, not a second event.
    const second = join(dir, 'second.txt');
    writeFileSync(second, FOLLOW_UP);
    const again = await importFiles(store, [second], {});
    expect(store.list('event').filter((e) => e.properties.type === 'clash')).toHaveLength(1);
    expect(new Set(store.list('citation', { subjectId: clash.id }).map((c) => c.documentId)).size).toBe(2);

    // Re-extracting the first document keeps the event for the second one's citation, and its links.
    await reextractDocument(store, docId, {});
    const clashes = store.list('event').filter((e) => e.properties.type === 'clash');
    expect(clashes).toHaveLength(1);
    expect(store.list('link', { type: 'member_of' })).toHaveLength(1);
    expect(again.imported).toHaveLength(1);
    store.close();
  });
});
