import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = new URL('../../../', import.meta.url).pathname;
const tempDir = useTempDir('dossier-pipe-');

describe('dossier … | head -1', () => {
  it('stops quietly with success when the reader closes the pipe', async () => {
    const path = join(tempDir(), 'long.dossier');
    const store = CaseStore.create(path, { title: 'Long audit' });
    for (let i = 0; i < 300; i++) store.setMeta({ title: `Long audit ${i}` });
    store.close();
    const entry = `import { main, stopQuietlyOnClosedPipe } from ${JSON.stringify(join(root, 'main/cli/main.ts'))};
stopQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(1));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', entry, 'audit', path], {
      cwd: root,
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // Like `head -1`: read the first chunk, then close our end.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);
});
