import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/main.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { buildSampleCase } from '../core/bundle/sample-case.js';

const tempDir = useTempDir();

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe('dossier export, new formats', () => {
  it('writes GEXF, XLSX and Cytoscape JSON by extension or --format', async () => {
    const dir = tempDir();
    const { store, path } = buildSampleCase(dir);
    store.close();
    for (const [file, format, magic] of [
      ['c.gexf', 'gexf', '<?xml'],
      ['c.xlsx', 'xlsx', 'PK'],
      ['c.cyjs', 'cyjs', '{'],
    ] as const) {
      const r = await run('export', path, join(dir, file));
      expect(r.code, `${file}: ${r.err}`).toBe(0);
      expect(r.out).toContain(`(${format}:`);
      expect(readFileSync(join(dir, file)).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    const byFlag = await run('export', path, join(dir, 'graph.out'), '--format', 'gexf');
    expect(byFlag.code).toBe(0);
    expect((await run('export', path, join(dir, 'x.out'), '--format', 'pdf')).err).toMatch(/gexf, xlsx, cyjs/);
  });
});
