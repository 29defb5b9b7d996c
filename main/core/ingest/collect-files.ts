import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface CollectedFile {
  path: string;
  /** Why the path cannot be imported at all (missing, unreadable); null when it is a file. */
  problem: string | null;
}

/**
 * The files behind what the analyst dropped: files as given, folders walked recursively in a
 * stable (sorted) order. Hidden entries inside folders (".DS_Store", ".git") are left out;
 * symbolic links to folders are not followed, so a link loop cannot hang an import.
 */
export async function collectFiles(paths: readonly string[], casePath?: string): Promise<CollectedFile[]> {
  const out: CollectedFile[] = [];
  // The case's own files (database, WAL, lock) are never imported into it.
  const own = casePath ? ['', '-wal', '-shm', '-journal', '.lock'].map((x) => resolve(casePath) + x) : [];
  const seen = new Set<string>(own);
  const add = (p: string, problem: string | null): void => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push({ path: p, problem });
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) add(p, null);
    }
  };
  for (const given of paths) {
    const p = resolve(given);
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      add(p, code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? 'error'})`);
      continue;
    }
    if (info.isDirectory()) {
      try {
        await walk(p);
      } catch (e) {
        add(p, `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    } else add(p, null);
  }
  return out;
}
