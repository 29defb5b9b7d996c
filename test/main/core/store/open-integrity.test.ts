import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  openSync,
  closeSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();
const PAGE = 4096;

/** A closed case of 150 documents: a few hundred pages. */
function closedCase(dir: string): string {
  const path = join(dir, 'case.dossier');
  const store = CaseStore.create(path, { title: 'integrity' });
  store.insertMany(
    'document',
    Array.from({ length: 150 }, (_, i) => ({
      title: `Report ${i}`,
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: String(i).padStart(64, '0'),
      size: 3000,
      text: `Report ${i} from the border district. `.repeat(80),
      language: 'en',
      publishedAt: null,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      reliability: null,
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    })),
  );
  store.close();
  return path;
}

/** Overwrites a few pages in the middle of the file with garbage (never page 1, the schema). */
function damagePages(path: string): void {
  const pages = statSync(path).size / PAGE;
  const fd = openSync(path, 'r+');
  for (let p = Math.floor(pages / 2); p < Math.floor(pages / 2) + 5; p++)
    writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, p * PAGE);
  closeSync(fd);
}

describe('opening a case checks what is cheap always and every page only after an unclean end', () => {
  it('opens a cleanly closed case without reading every page; dossier check still finds damage there', () => {
    const path = closedCase(tempDir());
    damagePages(path);
    // No page-by-page check at open: that is what made a 20k-document case take 6–10 s.
    const store = CaseStore.open(path, { readOnly: true });
    expect(store.integrityCheck().join('\n')).toMatch(/page|tree|corrupt|malformed/i);
    store.close();
  });

  it('refuses a damaged case whose last session died holding its lock, and leaves the file as it was', () => {
    const path = closedCase(tempDir());
    damagePages(path);
    // The lock of a process that no longer runs: its session did not end cleanly.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), started: null }));
    const before = readFileSync(path);
    expect(() => CaseStore.open(path)).toThrow(/is damaged/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('refuses a damaged case that was left with its write-ahead log (killed mid-session)', () => {
    const dir = tempDir();
    const path = closedCase(dir);
    damagePages(path);
    // A session that wrote and was killed: the case and its WAL as the process left them.
    const live = new Database(path);
    live.pragma('journal_mode = WAL');
    live.prepare('UPDATE case_meta SET title = ?').run('written before the kill');
    const copy = join(dir, 'killed.dossier');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    live.close();
    expect(statSync(`${copy}-wal`).size).toBeGreaterThan(0);
    const before = [readFileSync(copy), readFileSync(`${copy}-wal`)];
    expect(() => CaseStore.open(copy)).toThrow(/is damaged/);
    // Refused without folding the WAL in: the case and its log are as the killed process left them.
    expect(readFileSync(copy).equals(before[0]!)).toBe(true);
    expect(readFileSync(`${copy}-wal`).equals(before[1]!)).toBe(true);
    expect(() => CaseStore.open(copy, { readOnly: true })).toThrow(/is damaged/);
  });

  it('refuses a case cut short (a partial copy) from its header alone', () => {
    const dir = tempDir();
    const path = closedCase(dir);
    const cut = join(dir, 'cut.dossier');
    const bytes = readFileSync(path);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 3 * PAGE));
    expect(() => CaseStore.open(cut, { readOnly: true })).toThrow(/12288 bytes shorter than its header says/);
    expect(() => CaseStore.open(cut)).toThrow(/shorter than its header/);
  });

  it('opens an undamaged case after an unclean end, once its pages are checked', () => {
    const path = closedCase(tempDir());
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), started: null }));
    const store = CaseStore.open(path);
    expect(store.count('document')).toBe(150);
    store.close();
  });
});
