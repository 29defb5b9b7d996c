import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a file or folder that ships with the app (`dist/renderer`, `assets/…`) by walking up
 * from this module: the same lookup works from source (tsx), from `dist/*.mjs` and from inside
 * the packaged app's asar.
 */
export function findAppPath(relative: string, from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
