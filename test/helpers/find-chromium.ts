import { existsSync } from 'node:fs';

/** What to launch: a browser binary and the flags it needs. */
export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  source: 'env' | 'system' | 'npm';
}

// Flags that keep Chromium from reaching the network on its own (this machine has none).
const quiet = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * A Chromium for the end-to-end tests and benchmarks, found without apt: `DOSSIER_CHROMIUM`
 * (or `CHROME_PATH`), then a system Chromium or Chrome, then the one shipped inside the
 * `@sparticuz/chromium` npm package (unpacked to the temp folder on first use; WebGL runs
 * through SwiftShader).
 */
export async function findChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.DOSSIER_CHROMIUM ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`DOSSIER_CHROMIUM points at ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: quiet, source: 'env' };
  }
  const system = systemPaths.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: quiet, source: 'system' };
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  // The package's flags are tuned for serverless hosts: keep its graphics flags (SwiftShader
  // WebGL), drop the ones that weaken the page's security, which the tests rely on.
  const weakening =
    /^--(disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|disable-features|single-process|headless=)/;
  const args = [...new Set([...packaged.args.filter((a) => !weakening.test(a)), ...quiet])];
  return { executablePath, args, source: 'npm' };
}
