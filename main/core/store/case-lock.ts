import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { DossierError } from '../errors.js';

/**
 * A lock file beside the case (`CASE.lock`) holding the owner's pid and host, so a second
 * Dossier gets a clear "open in another Dossier (pid …)" instead of SQLite's bare "busy".
 * A lock left by a process that no longer runs on this host is taken over.
 */
export class CaseLock {
  private constructor(private readonly path: string) {}

  static acquire(casePath: string): CaseLock {
    const path = `${casePath}.lock`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
        closeSync(fd);
        return new CaseLock(path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const owner = readOwner(path);
        if (owner && isAlive(owner)) {
          throw new DossierError(
            'case-locked',
            `this case is open in another Dossier (pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`})`,
          );
        }
        try {
          unlinkSync(path);
        } catch {
          /* another process took it over first; the next attempt will tell */
        }
      }
    }
    throw new DossierError('case-locked', 'this case is open in another Dossier');
  }

  release(): void {
    try {
      unlinkSync(this.path);
    } catch {
      /* already gone */
    }
  }
}

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return { pid: parsed.pid, host: parsed.host };
  } catch {
    /* unreadable lock: treat as stale */
  }
  return null;
}

function isAlive(owner: LockOwner): boolean {
  // A lock from another host (a case on a shared drive) cannot be checked: respect it.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
