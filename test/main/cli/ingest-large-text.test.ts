import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../../main/core/ingest/prepare-file.js';
import type { ImportSummary } from '../../../main/core/ingest/types.js';
import { runCli } from '../../helpers/cli-io.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossier ingest: a text too large for one document fails alone', () => {
  it('skips a plain-text file before reading it and an HTML page after, and imports the rest', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    expect((await runCli(['new', casePath, '--title', 'T'])).code).toBe(0);
    const line = 'Convoy seen near Khorog on 13 December. ';
    writeFileSync(join(dir, 'huge.txt'), line.repeat(Math.ceil((MAX_TEXT_BYTES + 1024) / line.length)));
    writeFileSync(join(dir, 'huge.html'), `<p>${line.repeat(Math.ceil((MAX_TEXT_BYTES + 1024) / line.length))}</p>`);
    writeFileSync(join(dir, 'small.txt'), 'Officials met in Dushanbe.');
    const r = await runCli([
      'ingest',
      casePath,
      join(dir, 'huge.txt'),
      join(dir, 'huge.html'),
      join(dir, 'small.txt'),
      '--no-extract',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as ImportSummary;
    expect(summary.skipped.map((s) => [s.path.split('/').pop(), s.kind]).sort()).toEqual([
      ['huge.html', 'too-large'],
      ['huge.txt', 'too-large'],
    ]);
    expect(summary.skipped.find((s) => s.path.endsWith('huge.txt'))?.reason).toMatch(
      /over the 30\.0 MB a document's text may hold/,
    );
    expect(summary.imported.map((i) => i.title)).toEqual(['small.txt']);
    // Two 30 MB files are written and one is parsed as HTML: 5–11 s here, over 30 s on a loaded machine.
  }, 120_000);
});
