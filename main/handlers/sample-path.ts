import { join } from 'node:path';
import type { AppPaths } from './context.js';

/** Where the sample case is built on first use (it is regenerated if deleted). */
export function samplePathOf(paths: AppPaths): string {
  return join(paths.cases, 'sample', 'Tajik-Afghan border (sample).dossier');
}
