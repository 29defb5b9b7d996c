import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { hostname } from 'node:os';
import { DossierError } from '../errors.js';

/**
 * A lock file beside the case (`CASE.lock`) holding the owner's pid and host, so a second
 * Dossier gets a clear "open in another Dossier (pid …)" instead of SQLite's bare "busy".
 * A lock left by a process that no longer runs on this host is taken over, and so is one whose
 * pid now belongs to an unrelated process (pids are reused): the lock records when its owner
 * started, and where the system says (Linux /proc) a different start time means another process.
 */
export class CaseLock {
  private constructor(
    private readonly path: string,
    /** True when a lock left by a process that died (or was killed) was taken over: its session did not end cleanly. */
    readonly tookOver: boolean,
  ) {}

  static acquire(casePath: string): CaseLock {
    const path = `${casePath}.lock`;
    let tookOver = false;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: startTimeOf(process.pid) }));
        closeSync(fd);
        return new CaseLock(path, tookOver);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const owner = readOwner(path);
        if (owner && isAlive(owner)) {
          throw new DossierError(
            'case-locked',
            `this case is open in another Dossier (pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`})`,
          );
        }
        tookOver = true;
        try {
          unlinkSync(path);
        } catch {
          /* another process took it over first; the next attempt will tell */
        }
      }
    }
    throw new DossierError('case-locked', 'this case is open in another Dossier');
  }

  /** True while a running process holds the case's lock (a reader must not mistake its live WAL for a left-over one). */
  static isHeld(casePath: string): boolean {
    const owner = readOwner(`${casePath}.lock`);
    return owner !== null && isAlive(owner);
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
  /** The owner's start time as the system reports it (clock ticks since boot on Linux); null where unknown. */
  started?: string | null;
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return {
        pid: parsed.pid,
        host: parsed.host,
        started: typeof parsed.started === 'string' ? parsed.started : null,
      };
    }
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
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTimeOf(owner.pid);
  if (now === null) return true; // no /proc to ask: respect the lock
  if (owner.started) return owner.started === now;
  // A lock from before start times were recorded: keep it only if that pid is a Dossier (Node or Electron).
  return looksLikeDossier(owner.pid);
}

/** Field 22 of /proc/PID/stat (start time); null where there is no /proc. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function looksLikeDossier(pid: number): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return argv.some((a) => /^(node|electron|dossier)(\.exe)?$/i.test(basename(a)) || /dossier/i.test(a));
  } catch {
    return true;
  }
}
