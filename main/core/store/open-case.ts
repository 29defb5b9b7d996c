import Database from 'better-sqlite3';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../errors.js';
import { CaseLock } from './case-lock.js';
import { migrations, latestVersion } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';

/** PRAGMA application_id of every case file ("DSSR"): how an unrelated SQLite file is told apart. */
export const CASE_APPLICATION_ID = 0x44535352;
const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenedDatabase {
  db: Database.Database;
  readOnly: boolean;
  lock: CaseLock | null;
  /** Why a case asked for writing was opened read-only (read-only media), if it was. */
  readOnlyReason?: string;
  /** Removes the temporary copy opened in place of the case, when one was needed. */
  release?: () => void;
}

export interface OpenCaseOptions {
  readOnly?: boolean;
  /** Open read-only instead of refusing when the file cannot be written (read-only media). */
  readOnlyIfUnwritable?: boolean;
}

/** Creates a new, empty case database at `path` (which must not exist) and returns it open and locked. */
export function createCaseDatabase(path: string): OpenedDatabase {
  if (existsSync(path)) throw new DossierError('case-exists', `${path} already exists`);
  const lock = CaseLock.acquire(path);
  try {
    const db = new Database(path);
    configure(db);
    db.pragma(`application_id = ${CASE_APPLICATION_ID}`);
    migrate(db, migrations);
    return { db, readOnly: false, lock };
  } catch (e) {
    lock.release();
    throw e;
  }
}

/**
 * Opens an existing case. The file is first inspected read-only, so that a file which is not a
 * case, is damaged, or was written by a newer Dossier is refused without being touched.
 */
export function openCaseDatabase(path: string, options: OpenCaseOptions = {}): OpenedDatabase {
  // A case on read-only media (a write-protected stick, a read-only share) opens for reading,
  // searching and exporting when the caller accepts that; writes are refused with a plain message.
  const unwritable = existsSync(path) ? unwritableReason(path) : undefined;
  if (unwritable && !options.readOnly && !options.readOnlyIfUnwritable) {
    throw new DossierError(
      'invalid-argument',
      `${path} cannot be changed because ${unwritable}: copy it to a writable folder to edit it (reading, searching and exporting work where it is)`,
    );
  }
  if (unwritable && isWalMode(path)) return openReadOnlyCopy(path, unwritable);
  if (!unwritable) rollBackHotJournal(path);
  inspectCaseFile(path);
  if (options.readOnly || unwritable) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('foreign_keys = ON');
    // A WAL beside a case another Dossier has open is that session's, not a left-over one.
    try {
      if (!CaseLock.isHeld(path) && endedUncleanly(path, false)) checkPages(db, path);
    } catch (e) {
      db.close();
      throw e;
    }
    return {
      db,
      readOnly: true,
      lock: null,
      ...(unwritable && !options.readOnly ? { readOnlyReason: unwritable } : {}),
    };
  }
  const lock = CaseLock.acquire(path);
  let db: Database.Database | null = null;
  try {
    // Checked read-only before opening for writing: closing a writable connection folds a
    // left-over WAL into the file, and a refused case must be left exactly as it was.
    if (endedUncleanly(path, lock.tookOver)) {
      const reader = new Database(path, { readonly: true, fileMustExist: true });
      try {
        checkPages(reader, path);
      } finally {
        reader.close();
      }
    }
    db = new Database(path, { fileMustExist: true });
    configure(db);
    migrate(db, migrations);
    return { db, readOnly: false, lock };
  } catch (e) {
    db?.close();
    lock.release();
    throw e;
  }
}

/**
 * An import into an empty case writes with a rollback journal (bulk-write.ts): a process that
 * died during it leaves the journal behind, and the file must be put back as it was before
 * anything reads it. SQLite does that on the first read of a connection that may write (only
 * when no live connection holds the case: then the journal is "hot"), and refuses to on a
 * read-only one — which the inspection below is. So a writable connection reads first.
 */
function rollBackHotJournal(path: string): void {
  try {
    if (statSync(`${path}-journal`).size === 0) return;
  } catch {
    return;
  }
  if (!existsSync(path) || !hasSqliteHeader(path)) return;
  const db = new Database(path, { fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch {
    // Not readable even so: the inspection refuses it with the reason.
  } finally {
    db.close();
  }
}

/**
 * Whether the last session on this case did not end with a clean close: its lock was left
 * behind (the process died holding it) or its write-ahead log was (a clean close folds the WAL
 * back and removes it). Only then is every page read at open (`checkPages`), which costs
 * seconds on a large case (6–10 s at 20k documents, measured) and finds nothing after a clean
 * close; `dossier check` reads every page on demand.
 */
export function endedUncleanly(path: string, staleLock: boolean): boolean {
  if (staleLock) return true;
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** SQLite's quick check of every page and index: refuses a damaged case before anything is written. */
function checkPages(db: Database.Database, path: string): void {
  let check: string;
  try {
    check = db.pragma('quick_check', { simple: true }) as string;
  } catch (e) {
    check = (e as Error).message;
  }
  if (check !== 'ok') throw new DossierError('case-corrupt', `${path} is damaged: ${check}`);
}

/** Throws a clear DossierError unless `path` is a readable case this version understands. */
export function inspectCaseFile(path: string): { version: number } {
  if (!existsSync(path)) throw new DossierError('not-found', `no case file at ${path}`);
  if (!statSync(path).isFile()) throw new DossierError('not-a-case', `${path} is not a file`);
  if (!hasSqliteHeader(path))
    throw new DossierError('not-a-case', `${path} is not a Dossier case file (not an SQLite database)`);
  // Cheap structural checks on every open (the page-by-page check runs only after an unclean
  // end, see endedUncleanly): a file cut short (a partial copy or download) and a schema
  // SQLite cannot read are refused here.
  const shortBy = missingBytes(path);
  if (shortBy > 0)
    throw new DossierError(
      'case-corrupt',
      `${path} is damaged: it is ${shortBy} bytes shorter than its header says (cut off while being copied?)`,
    );
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== CASE_APPLICATION_ID) {
      throw new DossierError('not-a-case', `${path} is an SQLite database but not a Dossier case file`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) {
      throw new DossierError(
        'case-too-new',
        `${path} was written by a newer version of Dossier (schema ${version}; this version reads up to ${latestVersion}). Update Dossier to open it.`,
      );
    }
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return { version };
  } catch (e) {
    if (e instanceof DossierError) throw e;
    if (unwritableReason(path) && isWalMode(path)) {
      throw new DossierError(
        'unsupported',
        `${path} is on read-only media and was not closed cleanly (it still needs its write-ahead log). Copy it to a writable folder to open it.`,
      );
    }
    throw new DossierError('case-corrupt', `${path} cannot be read as a case file: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * SQLite cannot read a write-ahead-log database where it cannot write the -shm file beside it,
 * so a case on read-only media is read from a temporary copy (with its -wal, if one was left).
 */
function openReadOnlyCopy(path: string, unwritable: string): OpenedDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-read-only-'));
  const release = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, basename(path));
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    inspectCaseFile(copy);
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    db.pragma('foreign_keys = ON');
    return { db, readOnly: true, lock: null, readOnlyReason: unwritable, release };
  } catch (e) {
    release();
    throw e;
  }
}

/** Why the case file cannot be written where it is, or undefined when it can. */
export function unwritableReason(path: string): string | undefined {
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'EROFS' ? 'it is on read-only media' : 'its file or folder cannot be written';
    }
  }
  return undefined;
}

/** Bytes 18–19 of the SQLite header are 2 in write-ahead-log mode. */
function isWalMode(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(20);
    return readSync(fd, buf, 0, 20, 0) === 20 && buf[18] === 2;
  } finally {
    closeSync(fd);
  }
}

/**
 * How many bytes the file lacks of the size its header records (0 when complete). The header's
 * page count is trusted only when valid (bytes 92–95 equal the change counter at 24–27), and
 * only without a WAL, whose frames may hold pages the main file has not received yet.
 */
function missingBytes(path: string): number {
  if (existsSync(`${path}-wal`)) return 0;
  const fd = openSync(path, 'r');
  try {
    const h = Buffer.alloc(100);
    if (readSync(fd, h, 0, 100, 0) !== 100) return 0;
    if (h.readUInt32BE(24) !== h.readUInt32BE(92)) return 0;
    // Bytes 16–17: the page size, where 1 stands for 65536.
    const pageSize = h.readUInt16BE(16) === 1 ? 65536 : h.readUInt16BE(16);
    return Math.max(0, h.readUInt32BE(28) * pageSize - statSync(path).size);
  } finally {
    closeSync(fd);
  }
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}

/**
 * Brings the schema up to the newest of `list`, one migration per transaction, recording each
 * step in PRAGMA user_version. A failed step rolls back and leaves the file at the version before.
 */
export function migrate(db: Database.Database, list: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of list) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
