// The reader in the real product (issue 15): `dossier serve` on a case holding one 1 MB document
// with ~14k mentions, the app in headless Chromium. Prints the time from clicking the document
// to its first screen painted with its mentions (goal ≤ 1 s), the longest main-thread block
// meanwhile, the time to jump to the document's end and see its mentions, and what the first
// screen carried. `--short` (or DOSSIER_BENCH_SHORT=1) uses a 200 kB document.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBigDocumentCase } from '../helpers/big-document-case.js';
import { launchChromium, startServe } from '../e2e/serve-fixture.js';
import { report } from './bench-util.js';

const short = process.argv.includes('--short') || process.env.DOSSIER_BENCH_SHORT === '1';
const bytes = short ? 200_000 : 1_000_000;
const runs = short ? 2 : 3;

// Main-thread probe: animation-frame gaps and long tasks. A string, so tsx adds no helpers to it.
const PROBE = `(() => {
  const probe = { gaps: [], longTasks: [], stop: false };
  globalThis.probe = probe;
  let last = performance.now();
  const tick = (t) => { probe.gaps.push(t - last); last = t; if (!probe.stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.longTasks.push(e.duration))).observe({ type: 'longtask' });
})()`;
type Probe = { gaps: number[]; longTasks: number[] };

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-reader-'));
const browser = await launchChromium();
report('machine_load_1min', loadavg()[0]!, '');
try {
  const big = buildBigDocumentCase(dir, bytes);
  const size = `${Math.round(bytes / 1000)}kB`;
  report(`reader_${size}_mentions`, big.mentions, '');
  const serve = await startServe(join(dir, 'home'), [big.path]);
  try {
    const paints: number[] = [];
    const blocks: number[] = [];
    // One tab: the printed address works once, and the session survives a reload.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    let carried = 0;
    page.on('response', (r) => {
      if (/\/api\/documents(:|%3A)/i.test(r.url()))
        void r.body().then(
          (b) => (carried += b.length),
          () => undefined,
        );
    });
    await page.goto(serve.url);
    for (let run = 0; run < runs; run++) {
      if (run) await page.reload();
      await page.locator('.case-header h1').waitFor();
      await page.locator('.rail').getByRole('button', { name: 'Documents' }).click();
      const row = page.locator('.doc-row', { hasText: big.title });
      await row.waitFor();
      await page.evaluate(PROBE);
      carried = 0;
      const t0 = Date.now();
      await row.click();
      await page.locator('.reader-text mark.mention').first().waitFor();
      paints.push(Date.now() - t0);
      const probe = await page.evaluate(() => (globalThis as unknown as { probe: Probe }).probe);
      blocks.push(Math.max(0, ...probe.gaps, ...probe.longTasks));
      if (run === runs - 1) {
        await page.waitForTimeout(300);
        report(`reader_${size}_first_screen_bytes`, carried, 'B');
        report(`reader_${size}_blocks_in_dom`, await page.locator('.reader-block').count(), '');
        await page.screenshot({ path: join(process.cwd(), 'test-output', `reader-${size}-top.png`) });
        // Jump to the end: the pane scrolls, the last blocks are drawn and their mentions loaded.
        const t1 = Date.now();
        await page.locator('.reader-pane').evaluate((el: unknown) => {
          const pane = el as { scrollTo(x: number, y: number): void; scrollHeight: number };
          pane.scrollTo(0, pane.scrollHeight);
        });
        await page.locator(`.reader-text mark.mention[data-start="${big.last.start}"]`).waitFor();
        report(`reader_${size}_jump_to_end_painted`, (Date.now() - t1) / 1000, 's');
        await page.screenshot({ path: join(process.cwd(), 'test-output', `reader-${size}-end.png`) });
      }
    }
    await page.close();
    paints.sort((a, b) => a - b);
    report(`reader_${size}_first_screen_painted`, paints[Math.floor(paints.length / 2)]! / 1000, 's (goal 1)');
    report(`reader_${size}_longest_main_thread_block`, Math.max(...blocks), 'ms');
  } finally {
    serve.process.kill();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
