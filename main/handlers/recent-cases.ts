import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RecentCase } from '../../preload/contract.js';

const LIMIT = 10;

interface Stored {
  path: string;
  title: string;
  openedAt: string;
}

/** The recently opened cases, newest first, kept in `recent-cases.json` in the user data folder. */
export class RecentCases {
  private readonly file: string;

  constructor(userData: string) {
    this.file = join(userData, 'recent-cases.json');
  }

  list(): RecentCase[] {
    return this.read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  /** The case to reopen on start, if it still exists. */
  last(): RecentCase | null {
    return this.list().find((r) => r.exists) ?? null;
  }

  remember(path: string, title: string): void {
    const full = resolve(path);
    const rest = this.read().filter((r) => r.path !== full);
    this.write([{ path: full, title, openedAt: new Date().toISOString() }, ...rest].slice(0, LIMIT));
  }

  forget(path: string): void {
    this.write(this.read().filter((r) => r.path !== resolve(path)));
  }

  private read(): Stored[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (r): r is Stored =>
          typeof r?.path === 'string' && typeof r?.title === 'string' && typeof r?.openedAt === 'string',
      );
    } catch {
      // Missing or unreadable: an empty list is the honest answer, and the next write repairs it.
      return [];
    }
  }

  private write(list: Stored[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(list, null, 2));
    renameSync(tmp, this.file);
  }
}
