import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = new URL('../../../', import.meta.url).pathname;
const tempDir = useTempDir('dossier-disk-full-');
// A real small disk: a 3 MB tmpfs in a private user and mount namespace (no root needed).
const canMount = spawnSync('unshare', ['-rm', 'true']).status === 0;

describe.skipIf(!canMount)('ingest when the disk fills up', () => {
  it('says how many documents were committed and keeps them whole', () => {
    const dir = tempDir();
    const disk = join(dir, 'disk');
    const inbox = join(dir, 'inbox');
    mkdirSync(disk);
    mkdirSync(inbox);
    for (let i = 0; i < 12; i++) {
      writeFileSync(
        join(inbox, `report-${String(i).padStart(2, '0')}.txt`),
        `Report ${i}. ${'The convoy crossed the river at dawn near the border post. '.repeat(9000)}`,
      );
    }
    const script = join(dir, 'run.mts');
    writeFileSync(
      script,
      `import { runCli } from ${JSON.stringify(join(root, 'test/helpers/cli-io.ts'))};
const casePath = process.argv[2];
const out = [await runCli(['new', casePath, '--title', 'Small disk']), await runCli(['ingest', casePath, process.argv[3], '--no-extract']), await runCli(['check', casePath]), await runCli(['info', casePath, '--json'])];
process.stdout.write(JSON.stringify(out));`,
    );
    const r = spawnSync(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        'mount -t tmpfs -o size=3m tmpfs "$1" && exec "$2" --import tsx "$3" "$1/case.dossier" "$4"',
        'sh',
        disk,
        process.execPath,
        script,
        inbox,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DOSSIER_HOME: join(dir, 'home') } },
    );
    expect(r.status, r.stderr).toBe(0);
    const [created, ingest, check, info] = JSON.parse(r.stdout) as { code: number; stdout: string; stderr: string }[];
    expect(created!.code).toBe(0);
    expect(ingest!.code).not.toBe(0);
    expect(ingest!.stderr).toMatch(/full/i);
    const committed = Number(/(\d+) files? (?:was|were) imported whole before that/.exec(ingest!.stderr)?.[1]);
    expect(ingest!.stdout).toMatch(new RegExp(`^imported ${committed} file`));
    expect(committed, ingest!.stderr).toBeGreaterThan(0);
    expect(committed).toBeLessThan(12);
    expect(check!.code, check!.stdout + check!.stderr).toBe(0);
    expect(JSON.parse(info!.stdout).counts.document).toBe(committed);
  }, 180_000);
});
