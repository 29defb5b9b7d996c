// The timeline row of the desk bench on its own (issue 15): a copy of a case made before, opened
// by the built `dossier serve` in headless Chromium; the Timeline rail button clicked a few
// seconds after the case is shown (as an analyst would, not the instant it opens); the time
// from the click to the frame that draws the first window, the first `chart:timeline-window`
// call as the server answered it, then the same call again (what zooming and panning cost).
// `npx tsx test/bench/desk/timeline-first-screen.ts /work/cases/desk-20k.dossier` (after
// `npm run build`); the copy is made in a temporary folder and removed.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, pageApi, startServe } from '../../e2e/serve-fixture.js';
import { procMb } from './desk-browser.js';

const from = process.argv[2];
if (!from) throw new Error('usage: timeline-first-screen.ts CASE.dossier [settle-ms]');
const settleMs = Number(process.argv[3] ?? 3_000);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const dir = mkdtempSync(join(tmpdir(), 'timeline-first-'));
const casePath = join(dir, 'case.dossier');
copyFileSync(from, casePath);
if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${casePath}-wal`);
console.log(`# load ${load()} at the start`);
const serve = await startServe(join(dir, 'home'), [casePath]);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // Every contract call the page makes, to see what the server was busy with around the click.
  const calls: string[] = [];
  const t00 = Date.now();
  page.on('requestfinished', (r) => {
    if (!r.url().includes('/api/')) return;
    const t = r.timing();
    calls.push(
      `${(t.startTime - t00).toFixed(0).padStart(6)} ms +${t.responseEnd.toFixed(0).padStart(5)} ms ${decodeURIComponent(r.url().split('/api/')[1] ?? '')}`,
    );
  });
  await page.goto(serve.url);
  await page.locator('.case-header h1').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(settleMs);
  const t0 = Date.now();
  const answered = page.waitForResponse((r) => r.url().includes('/api/chart%3Atimeline-window'), {
    timeout: 300_000,
  });
  await page.locator('.rail').getByRole('button', { name: 'Timeline' }).click();
  const response = await answered;
  const atAnswer = Date.now() - t0;
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const drawn = Date.now() - t0;
  const timing = response.request().timing();
  const server = timing.responseStart - timing.requestStart;
  // The request left the page this long after the click (the view's code and React before it).
  const sent = timing.startTime + timing.requestStart - t0;
  const later: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await pageApi(page, 'chart:timeline-window', { lanes: 'entity', laneLimit: 12, limit: 600 });
    later.push(performance.now() - t);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
  console.log(`click → first window drawn: ${drawn} ms (answer received at ${atAnswer} ms)`);
  console.log(
    `first chart:timeline-window: sent ${sent.toFixed(0)} ms after the click, server ${server.toFixed(0)} ms`,
  );
  console.log(`later calls (from the page): ${later.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(
    `serve RSS ${procMb(serve.process.pid, 'VmRSS').toFixed(0)} MB (peak ${procMb(serve.process.pid, 'VmHWM').toFixed(0)} MB), tab JS heap ${heap.toFixed(1)} MB`,
  );
  if (process.env.CALLS) console.log(calls.join('\n'), `\nclick at ${t0 - t00} ms`);
  console.log(`# load ${load()} at the end`);
} finally {
  await browser.close();
  serve.process.kill('SIGINT');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
}
