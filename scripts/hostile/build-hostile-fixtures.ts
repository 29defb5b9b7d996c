import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_FIXTURES } from './hostile-fixtures.js';

/**
 * Writes the hostile catalogue's small, self-contained inputs to test/fixtures/hostile (or the
 * folder given). Large inputs (bombs, long lines) and those aimed at a particular case are
 * generated at test time into a temp folder instead (test/main/core/bundle/hostile-catalogue).
 *   npx tsx scripts/hostile/build-hostile-fixtures.ts [OUT]
 */
const out = process.argv[2] ?? join(import.meta.dirname, '../../test/fixtures/hostile');
mkdirSync(out, { recursive: true });
for (const f of HOSTILE_FIXTURES) {
  if (f.large || f.name.startsWith('local-')) continue;
  process.stdout.write(`${f.name}: ${f.build(out)}\n`);
}
