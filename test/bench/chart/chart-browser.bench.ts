// The chart in headless Chromium with software rendering: layout in the Web Worker, first draw
// with saved positions (canvas and WebGL), longest main-thread block during layout, frame times
// while panning, and fcose on the same 1,000-node graph. Prints `name: value unit` lines.
import { findChromium } from '../../helpers/find-chromium.js';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { report } from '../bench-util.js';

const here = new URL('.', import.meta.url).pathname;
const sizes = (process.env.CHART_BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const out = mkdtempSync(join(tmpdir(), 'dossier-chart-bench-'));

const stub = {
  name: 'entity-types-stub',
  setup(b: { onResolve(o: { filter: RegExp }, f: () => { path: string }): void }) {
    b.onResolve({ filter: /\/entity-types\.js$/ }, () => ({
      path: join(here, '../../../renderer/src/chart/bench/entity-types-stub.ts'),
    }));
  },
};
const common = {
  bundle: true,
  format: 'esm' as const,
  platform: 'browser' as const,
  target: 'chrome120',
  logLevel: 'warning' as const,
  plugins: [stub],
};
await build({
  ...common,
  entryPoints: [join(here, '../../../renderer/src/chart/bench/bench-page.ts')],
  outfile: join(out, 'page.js'),
});
await build({
  ...common,
  entryPoints: [join(here, '../../../renderer/src/chart/layout/layout.worker.ts')],
  outfile: join(out, 'worker.js'),
});
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>loading</title><body></body><script type="module" src="./page.js"></script>',
);

const types: Record<string, string> = { html: 'text/html', js: 'text/javascript' };
const server = createServer((req, res) => {
  const name = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'index.html';
  let body: Buffer;
  try {
    body = readFileSync(join(out, name.replace(/[^\w.-]/g, '')));
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[name.split('.').pop()!] ?? 'application/octet-stream' });
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const found = await findChromium();
const browser = await chromium.launch({
  executablePath: found.executablePath,
  headless: true,
  args: [...found.args, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(
    () => (globalThis as unknown as { document: { title: string } }).document.title === 'ready',
  );
  type Api = Record<string, (...a: unknown[]) => Promise<Record<string, number | string>>>;
  const call = (fn: string, ...args: unknown[]) =>
    page.evaluate(([f, a]) => (globalThis as unknown as { bench: Api }).bench[f as string]!(...(a as unknown[])), [
      fn,
      args,
    ] as const);

  // Context for every figure below: this machine is shared, so its load and the UI thread's
  // longest frame gap while idle are the baseline the layout's main-thread blocks compare to.
  report('machine_load_1min', loadavg()[0]!, 'runnable');
  const idle = await call('idle', 3000);
  report('idle_longest_frame_gap', idle.longestGapMs as number, 'ms');
  let force1k = 0;
  for (const n of sizes) {
    const k = `${n / 1000}k`;
    const l = await call('layout', n, 'force');
    report(`force_layout_${k}`, l.wallMs as number, 'ms');
    report(`force_overlaps_${k}`, l.overlaps as number, 'pairs');
    report(`layout_longest_main_thread_block_${k}`, l.longestGapMs as number, 'ms');
    report(`layout_block_vs_idle_gap_${k}`, (l.longestGapMs as number) / Math.max(1, idle.longestGapMs as number), 'x');
    if (n === 1000) force1k = l.wallMs as number;
    for (const webgl of process.env.CHART_BENCH_SKIP_WEBGL ? [false] : [false, true]) {
      const d = await call('draw', n, webgl, n === 5000);
      report(`first_draw_saved_positions_${k}_${d.renderer}`, d.drawMs as number, 'ms');
      if (process.env.CHART_BENCH_DETAIL)
        console.log(
          `  (view ${Math.round(d.viewMs as number)} ms, create ${Math.round(d.ctorMs as number)} ms, first frame ${Math.round(d.frameMs as number)} ms)`,
        );
      if (n === 5000) {
        report(`pan_frame_mean_5k_${d.renderer}`, d.meanMs as number, 'ms');
        report(`pan_frame_p95_5k_${d.renderer}`, d.p95Ms as number, 'ms');
        if (!webgl) report('laid_out_and_drawn_5k', (l.wallMs as number) + (d.drawMs as number), 'ms');
      }
    }
  }
  if (sizes.includes(1000) && !process.env.CHART_BENCH_SKIP_FCOSE) {
    const f = await call('layout', 1000, 'fcose');
    report('fcose_layout_1k', f.wallMs as number, 'ms');
    report('fcose_overlaps_1k', f.overlaps as number, 'pairs');
    report('layout_speedup_vs_fcose_1k', (f.wallMs as number) / force1k, 'x');
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
