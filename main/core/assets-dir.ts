import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * The app's `assets/` folder. Walks up from this module's own location to the first folder that
 * holds both `package.json` and `assets/`, so it works the same from source (tsx, vitest), from
 * the esbuild bundle in `dist/` and from a packaged app (where both sit inside the app folder).
 */
export function assetsDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'assets'))) {
      cached = join(dir, 'assets');
      return cached;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no assets folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
