// Measures one generated case through the contract, as the browser host calls it (dispatch:
// argument validation + handler, then JSON.stringify of the reply), each figure beside a
// baseline taken in the same process a moment before: the same rows read with plain SQL, the
// same FTS index read without ranking, a raw read of the same file.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportBundle } from '../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../main/core/bundle/import-bundle.js';
import { importFiles } from '../../../main/core/ingest/import-files.js';
import { sharedIngestPool } from '../../../main/core/ingest/ingest-pool.js';
import { runImportJob } from '../../../main/core/ingest/run-import-job.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { plainQuery } from '../../../main/core/store/search.js';
import { coreImport } from '../../../main/handlers/core-services.js';
import { createRuntime } from '../../../main/handlers/runtime.js';
import { warmImportSoon } from '../../../main/host/host-runtime.js';
import { percentile, seededRandom } from '../bench-util.js';
import { MIN_PARAGRAPH_WORDS } from './generate-case.js';
import { corpusParagraphs, newsLikeText } from '../news-like-text.js';

export type Figures = Record<string, number>;

/** Medians of repeated async runs: at least `min` runs, more while under `budgetMs`. */
async function timed(fn: () => Promise<unknown> | unknown, min = 3, budgetMs = 1500, max = 15): Promise<number[]> {
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

export const SEARCH_QUERIES = [
  'the',
  'a',
  's',
  't',
  'border',
  'Tajik',
  'Afghan',
  'security forces',
  'minister said',
  'government',
  'police',
  'attack',
  'said the',
  'in the',
  'of',
  'president',
  'troops',
  'Dushanbe',
  'Taliban',
  'and',
  'report',
  'official',
  'killed',
  'region',
];

/** When the first import starts after the case opened, at the earliest (see the ingest row). */
const FIRST_IMPORT_AFTER_MS = 5000;

export async function measureCase(
  casePath: string,
  work: string,
  bigDocumentId: string,
  options: { ingestDocs: number; bundle: boolean },
): Promise<Figures> {
  const f: Figures = {};
  const runtime = createRuntime({
    paths: { userData: join(work, 'user'), cases: join(work, 'cases'), temp: join(work, 'tmp') },
    platform: { kind: 'browser', versions: { electron: null, chromium: null } },
    importFiles: coreImport,
    buildSampleCase: async () => {},
    // As the app does: import workers start a moment after the case opens.
    warmImport: () => warmImportSoon(),
  });
  const call = async (method: string, args: unknown): Promise<number> => {
    const reply = await runtime.dispatch(method, args);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return JSON.stringify(reply).length;
  };
  // As `dossier serve CASE` does: a case given on the command line is granted to the page.
  runtime.ctx.grants.grant(casePath);
  const t = performance.now();
  await call('case:open', { path: casePath });
  const openedAt = performance.now();
  f.case_open_ms = openedAt - t;
  const raw = new Database(casePath, { readonly: true });

  // Lists: the first page the UI asks for, and the same rows read directly.
  f.entities_list_ms = median(await timed(() => call('entities:list', { offset: 0, limit: 1000 })));
  const entRaw = raw.prepare("SELECT id, type, label, status FROM entities WHERE status != 'rejected' LIMIT 1000");
  f.entities_list_baseline_ms = median(await timed(() => entRaw.all(), 5));
  f.documents_list_ms = median(await timed(() => call('documents:list', { offset: 0, limit: 1000 })));
  const docRaw = raw.prepare(
    'SELECT id, title, mime_type, size, source_uri, ingested_at, published_at, reliability, tlp, parent_id FROM documents ORDER BY ingested_at LIMIT 1000',
  );
  f.documents_list_baseline_ms = median(await timed(() => docRaw.all(), 5));

  // Search: every query three times; the baseline reads the FTS rowids of the query the handler
  // runs (prefixes from four letters), unranked.
  const searchTimes: number[] = [];
  const baseTimes: number[] = [];
  const ftsRaw = raw.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?').pluck();
  for (const q of SEARCH_QUERIES) {
    const runs = await timed(() => call('search:query', { text: q }), 3, 0, 3);
    searchTimes.push(...runs);
    baseTimes.push(...(await timed(() => ftsRaw.all(plainQuery(q, 4)), 3, 0, 3)));
    if (q === 'the') f.search_the_ms = median(runs);
    if (q === 'a') f.search_one_letter_ms = median(runs);
  }
  searchTimes.sort((a, b) => a - b);
  baseTimes.sort((a, b) => a - b);
  f.search_p50_ms = percentile(searchTimes, 50);
  f.search_p95_ms = percentile(searchTimes, 95);
  f.search_baseline_p95_ms = percentile(baseTimes, 95);

  // Reader: what opening the 1 MB document costs (the calls the reader makes for its first screen).
  let bytes = 0;
  f.reader_open_ms = median(
    await timed(async () => (bytes = await readerFirstScreen(call, bigDocumentId)), 2, 3000, 5),
  );
  f.reader_open_bytes = bytes;
  const docText = raw.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const docMentions = raw.prepare('SELECT * FROM mentions WHERE document_id = ?');
  f.reader_open_baseline_ms = median(
    await timed(() => {
      docText.get(bigDocumentId);
      docMentions.all(bigDocumentId);
    }, 3),
  );
  raw.close();
  f.server_rss_mb = process.memoryUsage().rss / 1024 / 1024;

  // Ingest with extraction (worker threads, writes here) into this case; baseline: the same
  // files imported without extraction into an empty case.
  if (options.ingestDocs > 0) {
    const random = seededRandom(99);
    const paragraphs = corpusParagraphs(MIN_PARAGRAPH_WORDS);
    const writeNews = (name: string): string => {
      const folder = join(work, name);
      mkdirSync(folder, { recursive: true });
      for (let i = 0; i < options.ingestDocs; i++) {
        writeFileSync(
          join(folder, `news-${String(i).padStart(4, '0')}.txt`),
          `Dispatch ${i + 1}: ${newsLikeText(paragraphs, random).slice(0, 80)}\n\n${newsLikeText(paragraphs, random)}\n`,
        );
      }
      return folder;
    };
    const folder = writeNews('incoming');
    const store = runtime.ctx.session.requireWritable();
    const timedImport = async (from: string): Promise<{ docsPerS: number; cpuMsPerDoc: number }> => {
      const t = performance.now();
      // process.cpuUsage counts every thread of the process: the workers' extraction too.
      const cpu0 = process.cpuUsage();
      const summary = await runImportJob(store, [from], {});
      const ms = performance.now() - t;
      const cpu = process.cpuUsage(cpu0);
      if (summary.imported.length !== options.ingestDocs)
        throw new Error(`ingest: ${summary.imported.length} of ${options.ingestDocs} imported`);
      return {
        docsPerS: options.ingestDocs / (ms / 1000),
        cpuMsPerDoc: (cpu.user + cpu.system) / 1000 / options.ingestDocs,
      };
    };
    // The analyst's first import after opening the case: its workers start when the case opens,
    // and choosing files takes an analyst longer than the few seconds given here. Then a later
    // import of the session.
    await new Promise((r) => setTimeout(r, Math.max(0, openedAt + FIRST_IMPORT_AFTER_MS - performance.now())));
    const first = await timedImport(folder);
    f.ingest_docs_per_s = first.docsPerS;
    f.ingest_cpu_ms_per_doc = first.cpuMsPerDoc;
    const warm = await timedImport(writeNews('incoming-2'));
    f.ingest_warm_docs_per_s = warm.docsPerS;
    f.ingest_warm_cpu_ms_per_doc = warm.cpuMsPerDoc;
    // A process's first import with no workers started (the CLI's `dossier import`): they start
    // inside the timing.
    await sharedIngestPool().close();
    const cold = await timedImport(writeNews('incoming-3'));
    f.ingest_cold_docs_per_s = cold.docsPerS;
    f.ingest_cold_cpu_ms_per_doc = cold.cpuMsPerDoc;
    const base = CaseStore.create(join(work, 'ingest-baseline.dossier'), { title: 'baseline' });
    const t0 = performance.now();
    await importFiles(base, [folder], { extract: false });
    f.ingest_baseline_docs_per_s = options.ingestDocs / ((performance.now() - t0) / 1000);
    base.close();
  }
  runtime.shutdown();
  if (!options.bundle) return f;

  // Bundle: the whole case exported once (not timed), then imported into an empty case;
  // baseline: reading the same file and inflating every entry.
  const bundlePath = join(work, 'case.casebundle');
  const source = CaseStore.open(casePath, { readOnly: true });
  exportBundle(source, bundlePath);
  source.close();
  let t1 = performance.now();
  const entries = unzipSync(readFileSync(bundlePath));
  f.bundle_raw_read_ms = performance.now() - t1;
  f.bundle_entries = Object.keys(entries).length;
  const target = CaseStore.create(join(work, 'bundle-target.dossier'), { title: 'target' });
  t1 = performance.now();
  importBundle(target, bundlePath);
  f.bundle_import_ms = performance.now() - t1;
  target.close();
  return f;
}

/** The calls the reader makes before it can paint a document; returns the bytes they carried. */
async function readerFirstScreen(call: (m: string, a: unknown) => Promise<number>, id: string): Promise<number> {
  // The text and counts, and the mentions of the first chunk (the reader asks for both at once).
  const [text, mentions] = await Promise.all([
    call('documents:open', { id }),
    call('documents:mentions', { id, start: 0, end: 32_768 }),
  ]);
  return text + mentions;
}
