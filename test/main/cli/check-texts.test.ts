import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { runCli } from '../../helpers/cli-io.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossier check: every document says what its original says', () => {
  it('passes on freshly ingested documents and names one whose text was rewritten', async () => {
    const dir = tempDir();
    const sources = join(dir, 'sources');
    cpSync(join(import.meta.dirname, '../../../assets/sample-case/sources'), sources, { recursive: true });
    const casePath = join(dir, 'c.dossier');
    expect((await runCli(['new', casePath, '--title', 'T'])).code).toBe(0);
    for (const f of ['01-field-report-gbao-strikes.txt', '04-embassy-statement.html']) {
      expect((await runCli(['ingest', casePath, join(sources, f), '--no-extract'])).code).toBe(0);
    }
    const ok = await runCli(['check', casePath]);
    expect(ok.stdout).toContain('integrity ok');
    expect(ok.code).toBe(0);

    const store = CaseStore.open(casePath);
    const doc = store.list('document', { mimeType: 'text/html' })[0]!;
    store.update('document', doc.id, { text: 'Nothing happened.' });
    store.close();
    const bad = await runCli(['check', casePath]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`document "${doc.title}" (${doc.id}): its text is not what its original file yields`);
  });
});
