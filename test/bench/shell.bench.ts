// Shell benchmark (issue 4): what the contract costs on top of the handler it wraps. The same
// `entities:list` call (a case of 2,000 entities / 20,000 mentions) is timed three ways in one
// run: the handler called directly (baseline), through the dispatcher (zod validation +
// envelope), and through the browser host (HTTP on loopback + JSON). Also: a small call's
// round trip over HTTP, and building the sample case on first start.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreImport, inProcessImport } from '../../main/handlers/core-services.js';
import { entityHandlers } from '../../main/handlers/entities.js';
import { createRuntime } from '../../main/handlers/runtime.js';
import { buildSampleCase } from '../../main/handlers/sample-case/build.js';
import { startHttpHost } from '../../main/host/http-host.js';
import { percentile, report, seededRandom } from './bench-util.js';
import { useBundledWorkers } from './bundled-workers.js';

// Import workers as the app ships them (bundled), not compiled by tsx at start-up.
await useBundledWorkers();

const samples: Record<string, number> = {};
const N_ENTITIES = 2_000;
const N_MENTIONS = 20_000;
const RUNS = 40;

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-shell-'));
const runtime = createRuntime({
  paths: { userData: join(dir, 'user'), cases: join(dir, 'cases'), temp: join(dir, 'tmp') },
  platform: { kind: 'browser', versions: { electron: null, chromium: null } },
  importFiles: coreImport,
  buildSampleCase: async (p) => void (await buildSampleCase(p, coreImport)),
});
const created = await runtime.dispatch('case:create', { title: 'bench' });
if (!created.ok) throw new Error(created.error.message);
const store = runtime.ctx.session.requireWritable();
const random = seededRandom(7);
const doc = store.insert('document', {
  title: 'bench',
  sourceUri: '',
  mimeType: 'text/plain',
  sha256: '0'.repeat(64),
  size: 1,
  text: 'x'.repeat(5000),
  language: 'en',
  publishedAt: null,
  ingestedAt: new Date().toISOString(),
  reliability: null,
  tlp: 'TLP:AMBER',
  parentId: null,
  properties: {},
});
const entities = store.insertMany(
  'entity',
  Array.from({ length: N_ENTITIES }, (_, i) => ({
    type: ['person', 'organization', 'location'][i % 3]!,
    label: `Entity ${i}`,
    properties: {},
    notes: '',
    status: 'suggested' as const,
  })),
);
store.insertMany(
  'mention',
  Array.from({ length: N_MENTIONS }, () => {
    const start = Math.floor(random() * 4900);
    return {
      documentId: doc.id,
      entityId: entities[Math.floor(random() * N_ENTITIES)]!.id,
      start,
      end: start + 8,
      surface: 'x',
      extractor: 'bench',
      extractorVersion: '1',
      status: 'suggested' as const,
    };
  }),
);

const args = { offset: 0, limit: 200, includeRejected: false, filter: {} };
async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

const direct = await median(async () => entityHandlers['entities:list'](args, runtime.ctx));
const dispatched = await median(() => runtime.dispatch('entities:list', { limit: 200 }));
const host = await startHttpHost({ dispatch: runtime.dispatch, events: runtime.ctx.events, rendererDir: dir, port: 0 });
const claimed = await fetch(`http://127.0.0.1:${host.port}/api/session:claim`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ code: new URL(host.url).hash.replace('#launch=', '') }),
}).then((r) => r.json() as Promise<{ token: string }>);
const headers = { 'Content-Type': 'application/json', 'X-Dossier-Session': claimed.token };
const post = (method: string, body: unknown) =>
  fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(body) }).then(
    (r) => r.json(),
  );
const overHttp = await median(() => post('entities:list', { limit: 200 }));
const small = await median(() => post('case:current', {}));

report('shell.entities_list.direct_p50', direct, 'ms');
report('shell.entities_list.dispatch_p50', dispatched, 'ms');
report('shell.entities_list.http_p50', overHttp, 'ms');
report('shell.dispatch_vs_direct', dispatched / direct, 'ratio');
report('shell.http_vs_direct', overHttp / direct, 'ratio');
report('shell.case_current.http_p50', small, 'ms');

await host.close();
runtime.shutdown();

// First start: building the sample case (import + extraction + links + chart), with the app's
// worker-thread import and with the in-process one as the baseline (worker start-up included).
// A short run (CI) builds it once, the app's way.
const short = process.env.DOSSIER_BENCH_SHORT === '1';
mkdirSync(join(dir, 'sample'));
for (const [name, service] of [
  ...(short ? [] : [['in_process', inProcessImport] as const]),
  ['worker', coreImport] as const,
]) {
  const t = process.hrtime.bigint();
  await buildSampleCase(join(dir, 'sample', `${name}.dossier`), service);
  samples[name] = Number(process.hrtime.bigint() - t) / 1e6;
  report(`shell.sample_case_build.${name}`, samples[name]!, 'ms');
}
if (samples.in_process)
  report('shell.sample_case_build.worker_vs_in_process', samples.worker! / samples.in_process, 'ratio');
rmSync(dir, { recursive: true, force: true });
