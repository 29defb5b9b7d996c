import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../main/core/ingest/types.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { runCli } from '../../helpers/cli-io.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossier ingest', () => {
  it('imports files, prints a summary with skip reasons, and --json gives the summary', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    expect((await runCli(['new', casePath, '--title', 'CLI'])).code).toBe(0);
    writeFileSync(join(dir, 'a.txt'), 'Officials met in Dushanbe.');
    writeFileSync(join(dir, 'b.bin'), 'x');
    const text = await runCli([
      'ingest',
      casePath,
      join(dir, 'a.txt'),
      join(dir, 'b.bin'),
      '--reliability',
      'b',
      '--tlp',
      'green',
      '--no-extract',
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^imported 1 file: 0 entities/);
    expect(text.stdout).toMatch(/unsupported\s+\S+b\.bin — unsupported file type/);
    const json = await runCli(['ingest', casePath, join(dir, 'a.txt'), '--json']);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as ImportSummary;
    expect(summary.skipped[0]).toMatchObject({ kind: 'duplicate' });
    const store = CaseStore.open(casePath, { readOnly: true });
    expect(store.list('document')[0]).toMatchObject({ reliability: 'B', tlp: 'TLP:GREEN' });
    store.close();
  });

  it('imports a CSV through a mapping file and can save it in the case for reuse by name', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    await runCli(['new', casePath, '--title', 'CLI']);
    writeFileSync(join(dir, 'people.csv'), 'name,org\nAmina Rustamova,Border Guard\n');
    writeFileSync(join(dir, 'people.csv.2.csv'), 'name,org\nBob Field,Border Guard\n');
    const mapping = {
      name: 'staff',
      entities: [
        { id: 'p', labelColumn: 'name', type: 'person' },
        { id: 'o', labelColumn: 'org', type: 'organization' },
      ],
      links: [{ from: 'p', to: 'o', type: 'member-of' }],
    };
    writeFileSync(join(dir, 'staff.json'), JSON.stringify(mapping));
    const first = await runCli([
      'ingest',
      casePath,
      join(dir, 'people.csv'),
      '--mapping',
      join(dir, 'staff.json'),
      '--save-mapping',
    ]);
    expect(first.code).toBe(0);
    const second = await runCli(['ingest', casePath, join(dir, 'people.csv.2.csv'), '--mapping', 'staff']);
    expect(second.code).toBe(0);
    const store = CaseStore.open(casePath, { readOnly: true });
    expect(store.list('entity', { type: 'organization' })).toHaveLength(1);
    expect(store.list('link', { type: 'member-of' })).toHaveLength(2);
    store.close();
  });

  it('refuses bad arguments with one clear line', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    await runCli(['new', casePath, '--title', 'CLI']);
    const noPaths = await runCli(['ingest', casePath]);
    expect(noPaths.code).toBe(2);
    expect(noPaths.stderr).toMatch(/at least one file or folder/);
    const badGrade = await runCli(['ingest', casePath, dir, '--reliability', 'Z']);
    expect(badGrade.code).toBe(2);
    expect(badGrade.stderr.trim().split('\n')).toHaveLength(1);
    const badTlp = await runCli(['ingest', casePath, dir, '--tlp', 'purple']);
    expect(badTlp.stderr).toMatch(/not a TLP marking/);
    const missingCase = await runCli(['ingest', join(dir, 'nope.dossier'), dir]);
    expect(missingCase.code).toBe(1);
    expect(missingCase.stderr).toMatch(/no case file/);
  });
});

describe('dossier duplicates / merge / undo / reextract', () => {
  it('proposes duplicates, merges them, undoes the merge and re-extracts a document', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    await runCli(['new', casePath, '--title', 'CLI']);
    const store = CaseStore.open(casePath);
    const us = store.insert('entity', {
      type: 'location',
      label: 'US',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    const usa = store.insert('entity', {
      type: 'location',
      label: 'United States',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    store.close();
    const dups = await runCli(['duplicates', casePath, '--json']);
    expect(dups.code).toBe(0);
    expect(JSON.parse(dups.stdout)).toEqual([expect.objectContaining({ reason: expect.stringMatching(/initials/) })]);
    const merged = await runCli(['merge', casePath, usa.id, us.id]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/merged 1 into "United States"/);
    const undone = await runCli(['undo', casePath]);
    expect(undone.stdout).toMatch(/undone: merge "US" into "United States"/);
    const nothing = await runCli(['undo', casePath]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/nothing to undo/);
    const redone = await runCli(['redo', casePath]);
    expect(redone.stdout).toMatch(/redone: merge "US" into "United States"/);
    const check = CaseStore.open(casePath, { readOnly: true });
    expect(check.get('entity', us.id)).toBeNull();
    check.close();
    const noRedo = await runCli(['redo', casePath]);
    expect(noRedo.code).toBe(1);
    expect(noRedo.stderr).toMatch(/nothing to redo/);
    await runCli(['undo', casePath]);
    writeFileSync(join(dir, 'a.txt'), 'Officials of Tajikistan met in Dushanbe.');
    await runCli(['ingest', casePath, join(dir, 'a.txt')]);
    const re = await runCli(['reextract', casePath, '--all', '--json']);
    expect(re.code).toBe(0);
    const [result] = JSON.parse(re.stdout) as { mentions: number; removedMentions: number }[];
    expect(result!.removedMentions).toBe(result!.mentions);
    expect(result!.mentions).toBeGreaterThan(0);
  });
});

describe('dossier ingest on a terminal', () => {
  it('draws a progress bar on stderr and clears it before the summary', async () => {
    const { PassThrough, Readable } = await import('node:stream');
    const { main } = await import('../../../main/cli/main.js');
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    await runCli(['new', casePath, '--title', 'CLI']);
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `r${i}.txt`), `Report ${i} from Khorog.`);
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let err = '';
    let out = '';
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await main(['ingest', casePath, dir, '--no-extract'], { stdout, stderr, stdin: Readable.from(['']) });
    expect(code).toBe(0);
    expect(err).toMatch(/\[#{24}\] 3\/3 files/);
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
    expect(out).toMatch(/^imported 3 files/);
  });
});
