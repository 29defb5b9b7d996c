// The analyst's desk (issue 13) on a generated case of 20,000 documents and 50,000 entities,
// built through the store API (scale/generate-case.ts), with two extra entities mentioned
// 1,000 times each. Through the contract, as the browser host calls it: opening the case, the
// first screen of each view (each beside the same store query made directly, and the ratio),
// search p50/p95, a merge of the two 1,000-mention entities and its undo. In headless Chromium
// against `dossier serve` (run `npm run build` first): the entity table scrolled end to end
// (frames over 50 ms) and one filter keystroke until the rows are updated.
// `npm run bench -- desk --short`: 400 documents; DESK_BENCH_DOCS=N for another size.
// DESK_BENCH_CASE=PATH measures a copy of a case made before by this generator (with the two
// busy entities: test/bench/desk/make-case.ts) instead of generating one (20k takes ~9 min).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { timelineSource } from '../../main/core/analysis/timeline-events.js';
import { findLikelyDuplicates } from '../../main/core/entities/likely-duplicates.js';
import { queryAudit } from '../../main/core/store/audit-sql.js';
import { CaseStore } from '../../main/core/store/case-store.js';
import { plainQuery } from '../../main/core/store/search.js';
import { coreImport } from '../../main/handlers/core-services.js';
import { createRuntime } from '../../main/handlers/runtime.js';
import { peakRssMb, percentile, report } from './bench-util.js';
import { browserFigures } from './desk/desk-browser.js';
import { addTwoBusyEntities } from './desk/two-busy-entities.js';
import { generateCase } from './scale/generate-case.js';
import { SEARCH_QUERIES } from './scale/measure-case.js';

const short = process.argv.includes('--short');
const DOCS = Number(process.env.DESK_BENCH_DOCS ?? (short ? 400 : 20_000));
// The browser rows need the built app (`npm run build`); without it they are left out, said so.
const REUSE = process.env.DESK_BENCH_CASE;
const built = existsSync(new URL('../../dist/renderer', import.meta.url));
const BROWSER = process.env.DESK_BENCH_BROWSER !== '0' && built;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Sorted times of `fn`: one warm-up, then at least `min` runs, more while under `budgetMs`. */
async function timed(fn: () => unknown, min = 3, budgetMs = 1_000, max = 15): Promise<number[]> {
  await fn();
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < max && (times.length < min || performance.now() - t0 < budgetMs)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}
const median = (xs: number[]) => percentile(xs, 50);

/** Generates the case in place, with its two busy entities. */
function generated(casePath: string): { a: string; b: string } {
  const t = performance.now();
  const g = generateCase(casePath, DOCS);
  const busy = addTwoBusyEntities(casePath, 1_000);
  console.log(
    `# ${g.documents} documents, ${g.entities} entities, ${g.mentions} mentions, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return busy;
}

/** Copies a case made before and finds its two busy entities by name. */
function reuseCase(from: string, casePath: string): { a: string; b: string } {
  copyFileSync(from, casePath);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${casePath}-wal`);
  const store = CaseStore.open(casePath, { readOnly: true });
  try {
    const find = (label: string) => store.list('entity', { label })[0]?.id;
    const a = find('Zafar Kurbonov');
    const b = find('Zafar Qurbonov');
    if (!a || !b) throw new Error(`${from} has no busy entities (make it with test/bench/desk/make-case.ts)`);
    console.log(
      `# reused ${from}: ${store.count('document')} documents, ${store.count('entity')} entities, ${store.count('mention')} mentions`,
    );
    return { a, b };
  } finally {
    store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-desk-bench-'));
console.log(`# load average ${load()} at start; ${REUSE ? `a copy of ${REUSE}` : `${DOCS} documents`}`);
try {
  // Inside the runtime's cases folder: a case the app may open without a file dialog.
  const work = join(dir, 'work');
  mkdirSync(join(work, 'cases'), { recursive: true });
  const casePath = join(work, 'cases', 'desk.dossier');
  const busy = REUSE ? reuseCase(REUSE, casePath) : generated(casePath);
  let t = performance.now();

  const runtime = createRuntime({
    paths: { userData: join(work, 'user'), cases: join(work, 'cases'), temp: join(work, 'tmp') },
    platform: { kind: 'browser', versions: { electron: null, chromium: null } },
    importFiles: coreImport,
    buildSampleCase: async () => {},
  });
  // What the browser host does with a call: validate, run the handler, serialise the reply.
  const call = async <T = unknown>(method: string, args: unknown = {}): Promise<T> => {
    const reply = await runtime.dispatch(method, args);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    JSON.stringify(reply);
    return reply.value as T;
  };
  t = performance.now();
  await call('case:open', { path: casePath });
  report('desk.case_open_ms', performance.now() - t, 'ms');
  t = performance.now();
  const chart = await call<{ id: string; nodes: number }>('chart:create', { name: 'Desk bench', fromCase: true });
  report('desk.chart_create_from_case_ms', performance.now() - t, `ms (${chart.nodes} nodes)`);
  const direct = CaseStore.open(casePath, { readOnly: true });

  // The first screen of each view, and the same store query made directly.
  const views: [string, () => unknown, () => unknown][] = [
    [
      'documents',
      () => call('documents:list', { offset: 0, limit: 200 }),
      () => direct.documentPage({ offset: 0, limit: 200 }),
    ],
    [
      'entities',
      () => call('entities:list', { offset: 0, limit: 200, sort: { by: 'mentions', dir: 'desc' } }),
      () => direct.entityPage({ offset: 0, limit: 200, sort: { by: 'mentions', dir: 'desc' } }),
    ],
    [
      'events',
      () => call('events:list', { status: 'suggested' }),
      () => direct.eventPage({ status: 'suggested', limit: 500 }),
    ],
    ['chart', () => call('chart:get', { chartId: chart.id }), () => direct.list('chartNode', { chartId: chart.id })],
    ['timeline', () => call('chart:timeline-window', {}), () => timelineSource(direct, { citing: false })],
    [
      'search',
      () => call('search:query', { text: 'border' }),
      () => direct.searchDocumentPage(plainQuery('border', 4), 0, 30),
    ],
    ['audit', () => call('audit:list', { offset: 0, limit: 100 }), () => queryAudit(direct, { offset: 0, limit: 100 })],
    ['duplicates', () => call('duplicates:list', {}), () => findLikelyDuplicates(direct)],
  ];
  for (const [view, viaContract, viaStore] of views) {
    const heavy = view === 'duplicates' || view === 'timeline';
    // The first call on its own: what opening the view costs (later calls may find work kept).
    t = performance.now();
    await viaContract();
    report(`desk.view_${view}_first_call_ms`, performance.now() - t, 'ms');
    const c = median(await timed(viaContract, heavy ? 1 : 3, heavy ? 0 : 1_000));
    const s = median(await timed(viaStore, heavy ? 1 : 3, heavy ? 0 : 1_000));
    report(`desk.view_${view}_first_screen_ms`, c, 'ms');
    report(`desk.view_${view}_store_query_ms`, s, 'ms');
    report(`desk.view_${view}_ratio_to_store`, c / s, 'x');
  }

  // Search through the contract: every query three times.
  const searches: number[] = [];
  for (const q of SEARCH_QUERIES) searches.push(...(await timed(() => call('search:query', { text: q }), 3, 0, 3)));
  searches.sort((a, b) => a - b);
  report('desk.search_p50_ms', percentile(searches, 50), 'ms');
  report('desk.search_p95_ms', percentile(searches, 95), 'ms (goal <= 100 ms)');

  // A merge of the two 1,000-mention entities and its undo, through the contract.
  t = performance.now();
  await call('entities:merge', { targetId: busy.a, sourceIds: [busy.b] });
  report('desk.merge_1000x2_ms', performance.now() - t, 'ms');
  t = performance.now();
  await call('history:undo', {});
  report('desk.undo_merge_1000x2_ms', performance.now() - t, 'ms');
  if (direct.list('mention', { entityId: busy.b }).length !== 1_000)
    throw new Error('the undo did not put the mentions back');
  direct.close();
  runtime.shutdown();
  // The server's memory once the heavy rows have run: this process is the server here.
  report('desk.server_rss_mb', process.memoryUsage().rss / 2 ** 20, 'MB (goal <= 600 MB at 20k)');
  report('desk.server_peak_rss_mb', peakRssMb(), 'MB');

  if (BROWSER) {
    const f = await browserFigures(casePath, join(dir, 'home'));
    report('desk.entity_table_rows', f.rows, 'rows');
    report('desk.entity_table_scroll_frames', f.frames, 'frames');
    report('desk.entity_table_frames_over_50ms', f.over50, 'frames');
    report('desk.entity_table_longest_frame_ms', f.longest, 'ms');
    report('desk.entity_table_scroll_to_last_row_ms', f.toLastRow, 'ms');
    report('desk.filter_keystroke_to_rows_ms', f.filter, 'ms (includes the 200 ms debounce)');
    report('desk.timeline_first_screen_ms', f.timeline, 'ms (goal <= 1 s at 20k)');
    report('desk.serve_rss_mb', f.serveRssMb, 'MB (dossier serve after the entity table and timeline; goal <= 600 MB)');
    report('desk.serve_peak_rss_mb', f.servePeakMb, 'MB');
    report('desk.tab_js_heap_mb', f.heapMb, 'MB (goal <= 400 MB at 20k, after entities and timeline)');
  } else console.log(`# browser rows left out: ${built ? 'DESK_BENCH_BROWSER=0' : 'no build (npm run build)'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  console.log(`# load average ${load()} at end`);
}
