// The chart in the real product: `dossier serve` on a generated case, the app in headless
// Chromium, a chart of N entities opened from the rail. Prints the time until it is laid out
// and drawn, the longest main-thread block meanwhile (animation-frame gaps and long tasks),
// and pan frame times. `CHART_REAL_UI_SIZES=300,1000` (default 300,1000).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { launchChromium, startServe } from '../../e2e/serve-fixture.js';
import { percentile, report } from '../bench-util.js';
import { scaleFreeGraph } from './scale-free.js';

const sizes = (process.env.CHART_REAL_UI_SIZES ?? '300,1000').split(',').map(Number);
const TYPES = ['person', 'organization', 'location'];

/** A case with `n` entities linked as a scale-free graph and one chart holding them all, not laid out yet. */
function buildCase(dir: string, n: number): string {
  const path = join(dir, `chart-${n}.dossier`);
  const store = CaseStore.create(path, { title: `Chart bench ${n}` });
  const g = scaleFreeGraph(n);
  const ids = new Map<string, string>();
  store.transaction(() => {
    const rows = store.insertMany(
      'entity',
      g.nodes.map((v, i) => ({
        type: TYPES[i % 3]!,
        label:
          `${['Ana', 'Boris', 'Chen', 'Dalia', 'Emil'][i % 5]} ${v.id} ${i % 7 === 0 ? 'Holdings Ltd' : ''}`.trim(),
        properties: {},
        notes: '',
        status: 'confirmed' as const,
      })),
      'bench',
    );
    rows.forEach((r, i) => ids.set(g.nodes[i]!.id, r.id));
    store.insertMany(
      'link',
      g.edges.map((e) => ({
        sourceId: ids.get(e.source)!,
        targetId: ids.get(e.target)!,
        type: 'associate',
        directed: false,
        confidence: 0.6,
        credibility: null,
        firstSeen: null,
        lastSeen: null,
        status: 'confirmed' as const,
        properties: {},
      })),
      'bench',
    );
    const chart = store.insert('chart', { name: 'Bench', viewport: {}, settings: { needsLayout: true } });
    store.insertMany(
      'chartNode',
      g.nodes.map((v, i) => ({
        chartId: chart.id,
        subjectId: ids.get(v.id)!,
        x: 45 * Math.sqrt(i) * Math.cos(i * 2.4),
        y: 45 * Math.sqrt(i) * Math.sin(i * 2.4),
        style: {},
        locked: false,
        hidden: false,
        groupId: null,
      })),
      'bench',
    );
  });
  store.close();
  return path;
}

type Probe = { gaps: number[]; longTasks: number[]; stop: boolean };

const PROBE = `(() => {
  const probe = { gaps: [], longTasks: [], stop: false };
  globalThis.probe = probe;
  let last = performance.now();
  const tick = (t) => { probe.gaps.push(t - last); last = t; if (!probe.stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.longTasks.push(e.duration))).observe({ type: 'longtask' });
})()`;

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-ui-'));
const browser = await launchChromium();
report('machine_load_1min', loadavg()[0]!, '');
try {
  for (const n of sizes) {
    const casePath = buildCase(dir, n);
    const serve = await startServe(join(dir, `home-${n}`), [casePath]);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.locator('.case-header h1').waitFor();
      // Watch the main thread: every animation-frame gap and every long task from now on.
      // A string, not a function: tsx would wrap named page-side functions in a helper the page lacks.
      await page.evaluate(PROBE);
      const t0 = Date.now();
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      // Laid out = the chart is drawn and no busy note for a second.
      const deadline = t0 + 240_000;
      await page.getByTestId('chart-canvas').waitFor();
      for (let quiet = 0; quiet < 5;) {
        if (Date.now() > deadline) throw new Error(`not laid out after 240 s at ${n} nodes`);
        await page.waitForTimeout(200);
        const busy = await page.getByTestId('chart-busy').count();
        const drawn = await page.evaluate(
          () =>
            Object.keys(
              (globalThis as unknown as { dossierChart?: { positions(): object } }).dossierChart?.positions() ?? {},
            ).length,
        );
        quiet = busy || drawn < 1 ? 0 : quiet + 1;
      }
      const laidOut = Date.now() - t0 - 1000;
      const load = await page.evaluate(() => {
        const p = (globalThis as unknown as { probe: Probe }).probe;
        return { gap: Math.max(0, ...p.gaps), longTask: Math.max(0, ...p.longTasks) };
      });
      report(`real_ui_chart_${n}_laid_out_and_drawn`, laidOut / 1000, 's');
      report(`real_ui_chart_${n}_longest_frame_gap`, load.gap, 'ms');
      report(`real_ui_chart_${n}_longest_long_task`, load.longTask, 'ms');
      // Pan: drag across the canvas and time the frames while it moves.
      await page.evaluate(() => {
        (globalThis as unknown as { probe: Probe }).probe.gaps = [];
      });
      const box = (await page.getByTestId('chart-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 0; i < 40; i++)
        await page.mouse.move(box.x + box.width / 2 + (i % 20) * 8 - 80, box.y + box.height / 2 + (i % 10) * 5, {
          steps: 1,
        });
      await page.mouse.up();
      const pan = (await page.evaluate(() => (globalThis as unknown as { probe: Probe }).probe.gaps)).sort(
        (a, b) => a - b,
      );
      report(`real_ui_chart_${n}_pan_frame_p95`, percentile(pan, 95), 'ms');
    } finally {
      await page.close();
      serve.process.kill();
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
