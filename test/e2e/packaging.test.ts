import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';

// electron-builder's own validation and packaging steps, run against a stand-in Electron folder
// because the Electron binary cannot be downloaded here (see README, "Building a release").
const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const tempDir = useTempDir('dossier-pack-');
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;
const electronAbi = readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim();

interface Loaded {
  appId: string;
  productName: string;
  asarUnpack: string[];
  fileAssociations: { ext: string }[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  electronFuses: Record<string, boolean>;
}

async function validate(dir: string, file: string): Promise<Loaded> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig(dir: string, file: string, extra: null): Promise<Loaded>;
    validateConfiguration(c: unknown, log: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };
  const config = await getConfig(dir, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/electron-main.mjs'))) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed');
  }
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation and declares the targets and file associations", async () => {
    const config = await validate(root, 'electron-builder.yml');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Dossier');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations.map((f) => f.ext)).toEqual(['dossier', 'casebundle']);
    expect(config.asarUnpack).toContain('**/*.node');
    // Hardening: a local process must not be able to run the shipped binary as Node or debug it.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is really checked: an unknown key is refused', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
    writeFileSync(
      join(dir, 'bad.yml'),
      `${readFileSync(join(root, 'electron-builder.yml'), 'utf8')}\nfileAsociations: []\n`,
    );
    await expect(validate(dir, 'bad.yml')).rejects.toThrow(/fileAsociations/);
  });
});

describe('packaging with --dir', () => {
  it('lays out the app: asar with the build and assets, native modules unpacked, ABI checked', () => {
    const dir = tempDir();
    const standIn = join(dir, 'electron-dist');
    mkdirSync(standIn);
    writeFileSync(join(standIn, 'electron'), '#!/bin/sh\necho stand-in for the Electron binary\n');
    chmodSync(join(standIn, 'electron'), 0o755);
    const out = join(dir, 'out');
    // A stand-in binary has no fuse wire to flip; the fuses are checked in the config test above.
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8').replace(
      /^electronFuses:\n( {2}.*\n)+/m,
      '',
    );
    writeFileSync(join(dir, 'no-fuses.yml'), config);
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--config',
        join(dir, 'no-fuses.yml'),
        `-c.electronDist=${standIn}`,
        `-c.electronVersion=${electronVersion}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${out}`,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const app = join(out, 'linux-unpacked');
    expect(existsSync(join(app, 'dossier'))).toBe(true);
    const asar = require('@electron/asar') as {
      listPackage(p: string): string[];
      extractFile(p: string, f: string): Buffer;
    };
    const files = new Set(asar.listPackage(join(app, 'resources/app.asar')));
    for (const f of [
      '/dist/electron-main.mjs',
      '/dist/preload.cjs',
      '/dist/cli.mjs',
      '/assets/sample-case/sources/links.json',
      '/assets/icons/person.svg',
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    expect([...files].some((f) => f.startsWith('/dist/') && f.endsWith('.map'))).toBe(false);
    expect(JSON.parse(asar.extractFile(join(app, 'resources/app.asar'), 'package.json').toString('utf8')).main).toBe(
      'dist/electron-main.mjs',
    );
    const native = join(
      app,
      'resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    expect(existsSync(native)).toBe(true);

    // The rebuild for Electron's ABI could not run here, so the checker must flag the module
    // that was built for Node — and accept it when told Node's ABI is the target.
    const check = spawnSync(process.execPath, [join(root, 'scripts/check-native-abi.mjs'), app], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      `better_sqlite3.node: ABI ${process.versions.modules} — NOT Electron's ${electronAbi}`,
    );
    expect(check.stdout).not.toContain('test_extension');
    const asNode = spawnSync(
      process.execPath,
      [join(root, 'scripts/check-native-abi.mjs'), app, '--electron-abi', process.versions.modules],
      { encoding: 'utf8' },
    );
    expect(asNode.status, asNode.stdout).toBe(0);
  }, 300_000);
});
