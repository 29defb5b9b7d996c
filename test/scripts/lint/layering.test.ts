import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Lints a throw-away file placed in `folder` of the real tree, so the real config applies. */
async function layeringErrors(folder: string, source: string, rule = 'local/layering'): Promise<string[]> {
  const dir = mkdtempSync(join(ROOT, folder, 'layering-probe-'));
  const file = join(dir, 'probe.ts');
  try {
    writeFileSync(file, source);
    const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
    return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the folder layering lint rule', () => {
  it('is switched on for every layer', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const f of [
      'main/core/x.ts',
      'main/handlers/x.ts',
      'main/host/x.ts',
      'main/electron/x.ts',
      'main/cli/x.ts',
      'renderer/src/x.tsx',
      'lib/x.ts',
      'preload/contract/x.ts',
    ]) {
      const config = (await eslint.calculateConfigForFile(join(ROOT, f))) as { rules: Record<string, unknown> };
      expect(config.rules['local/layering'], f).toEqual([2]);
    }
  });

  it('refuses a handler importing the browser host (what sample-case/build.ts used to do)', async () => {
    // The probe sits one folder down, as sample-case/build.ts does.
    const errors = await layeringErrors(
      'main/handlers',
      "import { startHttpHost } from '../../host/http-host.js';\nvoid startHttpHost;\n",
    );
    expect(errors).toEqual([expect.stringContaining('handlers may not import host')]);
  }, 60_000);

  it('refuses core importing handlers, and the renderer importing main', async () => {
    expect(await layeringErrors('main/core', "export { dispatchFor } from '../../handlers/dispatch.js';\n")).toEqual([
      expect.stringContaining('core may not import handlers'),
    ]);
    expect(
      await layeringErrors(
        'renderer/src',
        "import { DossierError } from '../../../main/core/errors.js';\nvoid DossierError;\n",
      ),
    ).toEqual([expect.stringContaining('renderer may not import core')]);
  }, 60_000);

  it('keeps SQL in the store: no better-sqlite3 or raw connection elsewhere', async () => {
    const rule = '@typescript-eslint/no-restricted-imports';
    expect(
      await layeringErrors(
        'main/core/ingest',
        "import Database from 'better-sqlite3';\nexport const d = Database;\n",
        rule,
      ),
    ).toEqual([expect.stringContaining('SQL lives in main/core/store')]);
    expect(
      await layeringErrors(
        'main/core/entities',
        "import { sqlOf } from '../../store/case-sql.js';\nexport const d = sqlOf;\n",
        rule,
      ),
    ).toEqual([expect.stringContaining('SQL lives in main/core/store')]);
    expect(
      await layeringErrors(
        'main/core/store',
        "import Database from 'better-sqlite3';\nexport const d = Database;\n",
        rule,
      ),
    ).toEqual([]);
  }, 60_000);

  it('lets a handler import core, lib and the contract', async () => {
    const source = [
      "import { DossierError } from '../../core/errors.js';",
      "import { TLP_LEVELS } from '../../../lib/vocabulary/index.js';",
      "import type { Tlp } from '../../../preload/contract/common.js';",
      'export const x: [unknown, readonly Tlp[]] = [DossierError, TLP_LEVELS];',
      '',
    ].join('\n');
    expect(await layeringErrors('main/handlers', source)).toEqual([]);
  }, 60_000);
});
