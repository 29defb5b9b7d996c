import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { pageOf } from '../../../../main/core/ingest/page-of.js';
import { sha256Of } from '../../../../main/core/ingest/prepare-file.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { makeDocx, makeEml, makePdf } from './fixtures.js';

const tempDir = useTempDir();

function newCase(dir: string): CaseStore {
  return CaseStore.create(join(dir, 'c.dossier'), { title: 'formats' });
}

describe('format readers', () => {
  it('reads a PDF text layer with page offsets, title and creation date', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.pdf');
    writeFileSync(
      file,
      makePdf(
        ['Situation report\nDrones crossed near Khorog.', 'Page two mentions Dushanbe.', 'Annex on page three.'],
        { title: 'SITREP 12', creationDate: "D:20251213083000+05'00'" },
      ),
    );
    const store = newCase(dir);
    const summary = await importFiles(store, [file], { extract: false });
    expect(summary.skipped).toEqual([]);
    const doc = store.require('document', summary.imported[0]!.documentId);
    expect(doc.title).toBe('SITREP 12');
    expect(doc.mimeType).toBe('application/pdf');
    expect(doc.publishedAt).toBe('2025-12-13T03:30:00.000Z');
    expect(doc.properties.pages).toBe(3);
    expect(doc.text).toContain('Drones crossed near Khorog.');
    expect(pageOf(doc.properties, doc.text.indexOf('Khorog'))).toBe(1);
    expect(pageOf(doc.properties, doc.text.indexOf('Dushanbe'))).toBe(2);
    expect(pageOf(doc.properties, doc.text.indexOf('Annex'))).toBe(3);
    store.close();
  });

  it('cites events in a PDF with their page', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.pdf');
    writeFileSync(file, makePdf(['Cover page.', 'Officials met in Dushanbe on Monday.']));
    const store = newCase(dir);
    await importFiles(store, [file], {
      extractor: (text) => {
        const start = text.indexOf('Officials');
        const at = text.indexOf('Dushanbe');
        return {
          extractor: 't',
          extractorVersion: '1',
          dates: [],
          entities: [
            { type: 'location', text: 'Dushanbe', start: at, end: at + 8, key: 'dushanbe', canonical: 'Dushanbe' },
          ],
          events: [
            {
              title: 'Meeting in Dushanbe',
              start,
              end: text.indexOf('.', start) + 1,
              date: null,
              locationKey: 'dushanbe',
              trigger: 'met',
              participants: [],
            },
          ],
        };
      },
    });
    const citation = store.list('citation', { subjectKind: 'event' })[0]!;
    expect(citation.page).toBe(2);
    expect(citation.quote).toBe('Officials met in Dushanbe on Monday.');
    store.close();
  });

  it('skips an encrypted PDF as encrypted and a corrupt one as broken', async () => {
    const dir = tempDir();
    const locked = join(dir, 'locked.pdf');
    const corrupt = join(dir, 'corrupt.pdf');
    writeFileSync(locked, makePdf(['Secret text.'], { encrypted: true }));
    writeFileSync(corrupt, Buffer.from('%PDF-1.4\nthis is not really a pdf at all'));
    const store = newCase(dir);
    const scanned = join(dir, 'scanned.pdf');
    writeFileSync(scanned, makePdf(['', '']));
    const summary = await importFiles(store, [locked, corrupt, scanned], { extract: false });
    expect(summary.imported).toEqual([]);
    expect(summary.skipped.map((s) => [s.path, s.kind])).toEqual([
      [locked, 'encrypted'],
      [corrupt, 'broken'],
      [scanned, 'empty'],
    ]);
    expect(summary.skipped[2]!.reason).toMatch(/no text layer \(2 pages/);
    expect(summary.skipped[0]!.reason).toMatch(/encrypted/);
    expect(store.count('document')).toBe(0);
    store.close();
  });

  it('reads a .docx and refuses a password-protected or broken one', async () => {
    const dir = tempDir();
    const good = join(dir, 'memo.docx');
    const locked = join(dir, 'locked.docx');
    const broken = join(dir, 'broken.docx');
    writeFileSync(
      good,
      makeDocx(['Memo on border security', 'The delegation arrived in Khorog.', 'Second paragraph & more.']),
    );
    writeFileSync(
      locked,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 1)]),
    );
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 truncated zip'));
    const store = newCase(dir);
    const summary = await importFiles(store, [good, locked, broken], { extract: false });
    const doc = store.require('document', summary.imported[0]!.documentId);
    expect(doc.title).toBe('Memo on border security');
    expect(doc.text).toBe('Memo on border security\n\nThe delegation arrived in Khorog.\n\nSecond paragraph & more.');
    expect(summary.skipped.map((s) => s.kind)).toEqual(['encrypted', 'broken']);
    store.close();
  });

  it('reads an e-mail: parties become person and email entities, attachments child documents', async () => {
    const dir = tempDir();
    const file = join(dir, 'mail.eml');
    const attachment = Buffer.from('Attached note: meeting moved to Khorog.');
    writeFileSync(
      file,
      makeEml({
        from: 'Amina Rustamova <amina@example.org>',
        to: ['Bob Field <bob@example.net>', 'ops@example.net'],
        subject: 'Border update',
        date: 'Sat, 13 Dec 2025 09:15:00 +0500',
        body: 'Please see the attached note.',
        attachments: [
          { name: 'note.txt', type: 'text/plain', content: attachment },
          { name: 'photo.jpg', type: 'image/jpeg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
          { name: 'calls.csv', type: 'text/csv', content: Buffer.from('caller,callee\n+992931110000,+992932220000\n') },
        ],
      }),
    );
    const store = newCase(dir);
    const summary = await importFiles(store, [file], { extract: false });
    expect(summary.imported[0]).toMatchObject({ title: 'Border update', children: 3 });
    const mail = store.require('document', summary.imported[0]!.documentId);
    expect(mail.publishedAt).toBe('2025-12-13T04:15:00.000Z');
    expect(mail.text).toMatch(
      /^From: Amina Rustamova <amina@example.org>\nTo: Bob Field <bob@example.net>, ops@example.net\n/,
    );
    expect(mail.text.endsWith('Please see the attached note.')).toBe(true);
    const children = store.list('document', { parentId: mail.id });
    expect(children.map((c) => c.title).sort()).toEqual(['calls.csv', 'note.txt', 'photo.jpg']);
    expect(children.find((c) => c.title === 'calls.csv')!.text).toContain('+992931110000');
    const note = children.find((c) => c.title === 'note.txt')!;
    expect(note.text).toBe(attachment.toString());
    expect(store.original(note.sha256)).toEqual(attachment);
    expect(children.find((c) => c.title === 'photo.jpg')!.properties.unread).toBe('unsupported file type');
    const labels = store
      .list('entity')
      .map((e) => `${e.type}:${e.label}`)
      .sort();
    expect(labels).toEqual([
      'email:amina@example.org',
      'email:bob@example.net',
      'email:ops@example.net',
      'person:Amina Rustamova',
      'person:Bob Field',
    ]);
    const amina = store.list('entity', { label: 'Amina Rustamova' })[0]!;
    const emailed = store.list('link', { sourceId: amina.id, type: 'emailed' });
    expect(emailed).toHaveLength(2);
    expect(emailed[0]!.firstSeen).toBe('2025-12-13T04:15:00.000Z');
    for (const m of store.list('mention', { documentId: mail.id }))
      expect(mail.text.slice(m.start, m.end)).toBe(m.surface);
    expect(store.list('mention', { documentId: mail.id })).toHaveLength(5);
    // With extraction on as well, a header span is still mentioned once.
    const dir2 = tempDir();
    const store2 = newCase(dir2);
    await importFiles(store2, [file], {
      extractor: (text) => {
        const at = text.indexOf('amina@example.org');
        return {
          extractor: 't',
          extractorVersion: '1',
          dates: [],
          events: [],
          entities: [
            {
              type: 'email',
              text: 'amina@example.org',
              start: at,
              end: at + 17,
              key: 'amina@example.org',
              canonical: 'amina@example.org',
              value: 'amina@example.org',
            },
          ],
        };
      },
    });
    const m2 = store2.list('mention');
    expect(m2.filter((m) => m.surface === 'amina@example.org')).toHaveLength(1);
    expect(store2.list('entity', { type: 'email' })).toHaveLength(3);
    store2.close();
    // The attachment on its own later is a duplicate of the child document.
    const loose = join(dir, 'note-again.txt');
    writeFileSync(loose, attachment);
    const again = await importFiles(store, [loose], { extract: false });
    expect(again.skipped[0]).toMatchObject({ kind: 'duplicate', existingDocumentId: note.id });
    expect(sha256Of(attachment)).toBe(note.sha256);
    store.close();
  });
});
