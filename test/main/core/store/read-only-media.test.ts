import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const root = new URL('../../../../', import.meta.url).pathname;
const tempDir = useTempDir('dossier-ro-media-');

// A real read-only mount, made in a private user and mount namespace (no root needed).
const canMount = spawnSync('unshare', ['-rm', 'true']).status === 0;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs several `dossier …` commands in one child (tsx, from source) with `source` bind-mounted read-only at `mountPoint`. */
function dossierOnReadOnlyMount(source: string, mountPoint: string, commands: string[][]): Run[] {
  const script = join(source, '..', 'run-cli.mts');
  writeFileSync(
    script,
    `import { runCli } from ${JSON.stringify(join(root, 'test/helpers/cli-io.ts'))};
const out = [];
for (const argv of ${JSON.stringify(commands)}) out.push(await runCli(argv));
process.stdout.write(JSON.stringify(out));`,
  );
  const r = spawnSync(
    'unshare',
    [
      '-rm',
      'sh',
      '-c',
      `mount --bind "$1" "$2" && mount -o remount,ro,bind "$2" && exec "$3" --import tsx "$4"`,
      'sh',
      source,
      mountPoint,
      process.execPath,
      script,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_HOME: join(source, '..', 'home') },
    },
  );
  if (r.status !== 0) throw new Error(`the read-only run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Run[];
}

describe.skipIf(!canMount)('a case on read-only media', () => {
  it('opens for reading, searching and exporting, and refuses writes with a plain message', () => {
    const dir = tempDir();
    const media = join(dir, 'media');
    const mountPoint = join(dir, 'stick');
    mkdirSync(media);
    mkdirSync(mountPoint);
    const store = CaseStore.create(join(media, 'border.dossier'), { title: 'On a stick' });
    store.close();
    const before = readFileSync(join(media, 'border.dossier'));
    const onStick = join(mountPoint, 'border.dossier');

    const out = join(dir, 'out.casebundle');
    writeFileSync(join(dir, 'note.txt'), 'A short note about the border.');
    const [info, search, exported, ingest] = dossierOnReadOnlyMount(media, mountPoint, [
      ['info', onStick],
      ['search', onStick, 'stick'],
      ['export', onStick, out],
      ['ingest', onStick, join(dir, 'note.txt')],
    ]);
    expect(info).toMatchObject({ code: 0, stderr: '' });
    expect(info!.stdout).toContain('On a stick');
    expect(search!.code, search!.stderr).toBe(0);
    expect(exported!.code, exported!.stderr).toBe(0);
    expect(ingest!.code).not.toBe(0);
    expect(ingest!.stderr).toMatch(/read-only media/);
    expect(ingest!.stderr).not.toMatch(/unable to open database file|damaged|corrupt/i);
    expect(readFileSync(join(media, 'border.dossier')).equals(before)).toBe(true);
  }, 180_000);
});
