import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../helpers/find-chromium.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inProcessImport } from '../../main/handlers/core-services.js';
import { samplePathOf } from '../../main/handlers/sample-path.js';
import { appPathsUnder } from '../../main/handlers/app-paths.js';
import { buildSampleCase } from '../../main/handlers/sample-case/build.js';

export const root = new URL('../..', import.meta.url).pathname;

/** Builds the app if a source changed since the last build (the `prepare` hook's check). */
export function buildApp(): void {
  // vitest sets NODE_ENV=test, which would make vite emit React's development build.
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-needed'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('the build failed');
}

/** A user data folder whose sample case is already built (a temporary copy, not the analyst's). */
export async function homeWithSample(home: string): Promise<void> {
  const path = samplePathOf(appPathsUnder(home));
  mkdirSync(join(path, '..'), { recursive: true });
  await buildSampleCase(path, inProcessImport);
}

/** Runs the built `dossier serve` and resolves with the address it prints. */
export async function startServe(
  home: string,
  args: string[] = [],
): Promise<{ url: string; process: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(root, 'bin/dossier.mjs'), 'serve', '--port', '0', ...args], {
    cwd: root,
    env: { ...process.env, DOSSIER_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dossier serve printed no address:\n${out}`)), 30_000);
    const check = () => {
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]+/);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`dossier serve exited with ${code}:\n${out}`)));
  });
  return { url, process: child, output: () => out };
}

/** A Chromium found by `findChromium` (env, system, or the npm-shipped one), kept off the network. */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, headless: true, args });
}

/** True for addresses on this machine. */
export function isLoopback(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** Calls a contract method from inside the page, with the tab's session (as the app does). */
export async function pageApi<T>(page: Page, method: string, args: unknown): Promise<T> {
  const reply = (await page.evaluate(
    async ([m, a]) => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } })
        .sessionStorage;
      const r = await fetch(`./api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Session': storage.getItem('dossier-session') ?? '' },
        body: JSON.stringify(a),
      });
      return r.json();
    },
    [method, args] as const,
  )) as { ok: boolean; value: T; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.value;
}
