import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../../main/core/extract/types.js';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { sha256Of } from '../../../../main/core/ingest/prepare-file.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function newCase(dir: string): CaseStore {
  return CaseStore.create(join(dir, 'test.dossier'), { title: 'Import test' });
}

describe('importFiles: text, markdown and html', () => {
  it('imports a folder recursively, keeps original bytes and reports duplicates', async () => {
    const dir = tempDir();
    const src = join(dir, 'in');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'a.txt'), 'Field report from Khorog.\r\nSecond line.');
    writeFileSync(join(src, 'sub', 'b.md'), '# Weekly summary\n\nNothing unusual.');
    writeFileSync(join(src, 'sub', 'copy.txt'), 'Field report from Khorog.\r\nSecond line.');
    writeFileSync(join(src, '.hidden.txt'), 'not me');
    const store = newCase(dir);
    const summary = await importFiles(store, [src], { extract: false, reliability: 'B', tlp: 'green' });
    expect(summary.cancelled).toBe(false);
    expect(summary.imported.map((f) => f.title).sort()).toEqual(['Weekly summary', 'a.txt']);
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0]).toMatchObject({ kind: 'duplicate', path: join(src, 'sub', 'copy.txt') });
    const docs = store.list('document');
    expect(docs).toHaveLength(2);
    const a = docs.find((d) => d.title === 'a.txt')!;
    expect(a.text).toBe('Field report from Khorog.\nSecond line.');
    expect(a.reliability).toBe('B');
    expect(a.tlp).toBe('TLP:GREEN');
    expect(summary.skipped[0]!.existingDocumentId).toBe(a.id);
    const bytes = store.original(a.sha256)!;
    expect(bytes.toString('utf8')).toBe('Field report from Khorog.\r\nSecond line.');
    expect(sha256Of(bytes)).toBe(a.sha256);

    // A second import of the same folder imports nothing new.
    const again = await importFiles(store, [src], { extract: false });
    expect(again.imported).toHaveLength(0);
    expect(again.skipped.map((s) => s.kind)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    store.close();
  });

  it('keeps only the visible text of HTML: no scripts, styles or remote references', async () => {
    const dir = tempDir();
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Border  report</title>
       <meta property="article:published_time" content="2025-12-13T08:00:00Z">
       <style>body{background:url(http://203.0.113.9/track.png)}</style>
       <script>fetch('http://203.0.113.9/beacon')</script></head>
       <body><h1>Strike near Khorog</h1><p>Two drones crossed &amp; hit a <b>border</b> post.</p>
       <img src="http://203.0.113.9/pixel.gif"><iframe src="http://203.0.113.9/"></iframe>
       <p>Officials confirmed it.<br>Line two.</p></body></html>`,
    );
    const store = newCase(dir);
    const summary = await importFiles(store, [file], { extract: false });
    expect(summary.imported).toHaveLength(1);
    const doc = store.require('document', summary.imported[0]!.documentId);
    expect(doc.title).toBe('Border report');
    expect(doc.mimeType).toBe('text/html');
    expect(doc.publishedAt).toBe('2025-12-13T08:00:00Z');
    expect(doc.text).toBe(
      'Strike near Khorog\n\nTwo drones crossed & hit a border post.\n\nOfficials confirmed it.\nLine two.',
    );
    expect(doc.text).not.toMatch(/203\.0\.113|fetch|background/);
    store.close();
  });

  it('skips empty, binary, oversized, unsupported and missing files with reasons and goes on', async () => {
    const dir = tempDir();
    const files = {
      empty: join(dir, 'empty.txt'),
      blank: join(dir, 'blank.txt'),
      binary: join(dir, 'junk.txt'),
      big: join(dir, 'big.txt'),
      image: join(dir, 'photo.jpg'),
      good: join(dir, 'good.txt'),
      missing: join(dir, 'missing.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.blank, '   \n\n  ');
    writeFileSync(files.binary, Buffer.from([0x41, 0x00, 0xff, 0x10, 0x00, 0x42]));
    writeFileSync(files.big, 'x'.repeat(5000));
    writeFileSync(files.image, Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(files.good, 'Café in Dushanbe — invalid UTF-8 follows: \xff'.replace('\xff', ''));
    const store = newCase(dir);
    const summary = await importFiles(store, Object.values(files), { extract: false, maxBytes: 4000 });
    const kinds = Object.fromEntries(summary.skipped.map((s) => [s.path, s.kind]));
    expect(kinds).toEqual({
      [files.empty]: 'empty',
      [files.blank]: 'empty',
      [files.binary]: 'broken',
      [files.big]: 'too-large',
      [files.image]: 'unsupported',
      [files.missing]: 'broken',
    });
    for (const s of summary.skipped) expect(s.reason.length).toBeGreaterThan(5);
    expect(summary.skipped.find((s) => s.kind === 'too-large')!.reason).toMatch(/limit/);
    expect(summary.imported.map((f) => f.path)).toEqual([files.good]);
    expect(store.count('document')).toBe(1);
    store.close();
  });

  it('decodes Windows-1252 text that is not valid UTF-8', async () => {
    const dir = tempDir();
    const file = join(dir, 'legacy.txt');
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    const store = newCase(dir);
    const summary = await importFiles(store, [file], { extract: false });
    expect(store.require('document', summary.imported[0]!.documentId).text).toBe('Café “ok”');
    store.close();
  });

  it('stops at cancellation: committed files stay, the rest are reported as cancelled', async () => {
    const dir = tempDir();
    const paths = [1, 2, 3, 4].map((i) => {
      const p = join(dir, `doc${i}.txt`);
      writeFileSync(p, `Document number ${i}.`);
      return p;
    });
    const store = newCase(dir);
    const controller = new AbortController();
    const summary = await importFiles(store, paths, {
      extract: false,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.filesDone === 2) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toHaveLength(2);
    expect(summary.skipped.map((s) => s.kind)).toEqual(['cancelled', 'cancelled']);
    expect(store.count('document')).toBe(2);
    store.close();
  });

  it('leaves nothing behind when storing a document fails halfway', async () => {
    const dir = tempDir();
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Meeting in Khorog.');
    const store = newCase(dir);
    const before = store.counts();
    const bad: ExtractionResult = {
      extractor: 'test',
      extractorVersion: '1',
      dates: [],
      entities: [{ type: 'location', text: 'Khorog', start: 11, end: 17, key: 'khorog', canonical: 'Khorog' }],
      // An event with a participant the store must refuse (role is not a string) aborts the write.
      events: [
        {
          title: 'Meeting',
          start: 0,
          end: 18,
          date: null,
          locationKey: null,
          trigger: 'meeting',
          participants: [{ key: 'khorog', type: 'location', role: null as unknown as string }],
        },
      ],
    };
    const summary = await importFiles(store, [file], { extractor: () => bad });
    expect(summary.imported).toHaveLength(0);
    expect(summary.skipped[0]).toMatchObject({ kind: 'broken' });
    expect(store.counts()).toEqual(before);
    expect(store.original(sha256Of(Buffer.from('Meeting in Khorog.')))).toBeNull();
    store.close();
  });
});

describe('importFiles: extraction failures', () => {
  it('keeps a document whose extraction throws, noting why, so it can be re-extracted later', async () => {
    const dir = tempDir();
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Meeting in Khorog.');
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 't' });
    const summary = await importFiles(store, [file], {
      extractor: () => {
        throw new Error('tagger exploded\nat line 3');
      },
    });
    expect(summary.imported).toHaveLength(1);
    const doc = store.require('document', summary.imported[0]!.documentId);
    expect(doc.properties.extractionError).toBe('tagger exploded');
    expect(store.count('mention')).toBe(0);
    store.close();
  });
});
