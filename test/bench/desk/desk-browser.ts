import { readFileSync } from 'node:fs';
import { launchChromium, startServe } from '../../e2e/serve-fixture.js';

export interface BrowserFigures {
  rows: number;
  frames: number;
  over50: number;
  longest: number;
  toLastRow: number;
  filter: number;
  /** Click on the Timeline rail button → its window answered and the next frame drawn. */
  timeline: number;
  /** The tab's JS heap in use after the entity table and the timeline (CDP Performance.getMetrics). */
  heapMb: number;
  /** `dossier serve`'s resident memory now and at its peak (VmRSS / VmHWM), after the timeline. */
  serveRssMb: number;
  servePeakMb: number;
}

/** A field of /proc/PID/status in MB (Linux), or NaN where there is none. */
export function procMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// Page-side code as strings: tsx would wrap named page-side functions in a helper the page lacks.
// Scrolls the entity table to the end, three screens a frame, timing every frame.
const SCROLL = `(async () => {
  const el = document.querySelector('.entities-view .table-wrap');
  const gaps = [];
  let last = performance.now();
  while (el.scrollTop + el.clientHeight < el.scrollHeight - 2) {
    el.scrollTop += el.clientHeight * 3;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }
  return gaps;
})()`;

// Arms a timer from the next keydown in the filter to the footer's count changing.
const ARM_FILTER = `(() => {
  const input = document.querySelector('input[aria-label="Filter entities"]');
  const foot = document.querySelector('.entities-view .pane-foot');
  const before = foot.textContent;
  const probe = { t0: 0, t1: 0 };
  globalThis.filterProbe = probe;
  input.addEventListener('keydown', () => (probe.t0 = performance.now()), { once: true });
  new MutationObserver((_, obs) => {
    if (probe.t0 && foot.textContent !== before && !/Loading/.test(foot.textContent)) {
      probe.t1 = performance.now();
      obs.disconnect();
    }
  }).observe(foot, { childList: true, subtree: true, characterData: true });
})()`;

/** `dossier serve` on the case; the entities view in headless Chromium. */
export async function browserFigures(casePath: string, home: string): Promise<BrowserFigures> {
  const serve = await startServe(home, [casePath]);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(serve.url);
    await page.locator('.case-header h1').waitFor({ timeout: 120_000 });
    await page.locator('.rail').getByRole('button', { name: 'Entities' }).click();
    const foot = page.locator('.entities-view .pane-foot');
    await foot.filter({ hasText: /\d entit/ }).waitFor({ timeout: 120_000 });
    const rows = Number(/^[\d,]+/.exec((await foot.textContent()) ?? '')?.[0].replace(/,/g, '') ?? 0);
    const t0 = Date.now();
    const gaps = (await page.evaluate(SCROLL)) as number[];
    // The last rows are in view once no placeholder row is left.
    await page.locator('.entities-view tr.placeholder').first().waitFor({ state: 'detached', timeout: 120_000 });
    const toLastRow = Date.now() - t0;
    await page.evaluate(ARM_FILTER);
    await page.getByLabel('Filter entities').press('q');
    let filter = 0;
    for (const end = Date.now() + 60_000; !filter && Date.now() < end;) {
      await page.waitForTimeout(50);
      filter = (await page.evaluate(
        '(() => { const p = globalThis.filterProbe; return p.t1 ? p.t1 - p.t0 : 0; })()',
      )) as number;
    }
    // The timeline view: its first window from the server, then the frame that draws it.
    const t1 = Date.now();
    const answered = page.waitForResponse((r) => r.url().includes('/api/chart%3Atimeline-window'), {
      timeout: 300_000,
    });
    await page.locator('.rail').getByRole('button', { name: 'Timeline' }).click();
    await answered;
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const timeline = Date.now() - t1;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return {
      serveRssMb: procMb(serve.process.pid, 'VmRSS'),
      servePeakMb: procMb(serve.process.pid, 'VmHWM'),
      timeline,
      heapMb: heap / 2 ** 20,
      rows,
      frames: gaps.length,
      over50: gaps.filter((g) => g > 50).length,
      longest: Math.max(0, ...gaps),
      toLastRow,
      filter,
    };
  } finally {
    await browser.close();
    serve.process.kill('SIGINT');
  }
}
