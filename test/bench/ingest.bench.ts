// Ingest benchmark (issue 3): end-to-end import of 1,000 text documents generated from the
// corpus paragraphs — reading, extraction in the ingest worker, entity resolution and writes —
// against a baseline measured in the same run: the same files imported without extraction.
// Scale down for a quick run: INGEST_BENCH_DOCS=200 npx tsx test/bench/ingest.bench.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../main/core/extract/index.js';
import { importFiles } from '../../main/core/ingest/import-files.js';
import { runImportJob } from '../../main/core/ingest/run-import-job.js';
import { CaseStore } from '../../main/core/store/case-store.js';
import { corpusTexts, peakRssMb, report, seededRandom } from './bench-util.js';
import { useBundledWorkers } from './bundled-workers.js';

// The ingest workers as the app ships them (bundled), not compiled by tsx at start-up.
await useBundledWorkers();

const N_DOCS = Number(process.env.INGEST_BENCH_DOCS ?? 1000);
const random = seededRandom(7);
const paragraphs = corpusTexts()
  .flatMap((t) => t.split(/\n+/))
  .map((p) => p.trim())
  .filter((p) => p.split(/\s+/).length >= 12);

const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-bench-'));
try {
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  let words = 0;
  const texts: string[] = [];
  for (let i = 0; i < N_DOCS; i++) {
    const n = 3 + Math.floor(random() * 4);
    const body = Array.from({ length: n }, () => paragraphs[Math.floor(random() * paragraphs.length)]!).join('\n\n');
    const text = `Report ${i + 1}\n\n${body}\n`;
    words += text.split(/\s+/).length;
    texts.push(text);
    writeFileSync(join(folder, `report-${String(i).padStart(4, '0')}.txt`), text);
  }

  // Baseline: the same files, same per-file transactions and original bytes, no extraction.
  const base = CaseStore.create(join(dir, 'baseline.dossier'), { title: 'baseline' });
  let t = performance.now();
  const baseSummary = await importFiles(base, [folder], { extract: false });
  const baseMs = performance.now() - t;
  base.close();
  if (baseSummary.imported.length !== N_DOCS)
    throw new Error(`baseline imported ${baseSummary.imported.length} of ${N_DOCS}`);

  // The real thing: reading and extraction in the ingest workers, writes in this thread. First
  // with the pool cold (the workers start inside the timing, as on a process's first import),
  // then the same files into another case with the pool warm (every later import).
  const timedImport = async (name: string): Promise<{ ms: number; cpuMs: number; path: string }> => {
    const path = join(dir, `${name}.dossier`);
    CaseStore.create(path, { title: name }).close();
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    const summary = await runImportJob(path, [folder], {});
    const ms = performance.now() - t0;
    const { user, system } = process.cpuUsage(cpu);
    if (summary.imported.length !== N_DOCS) throw new Error(`imported ${summary.imported.length} of ${N_DOCS}`);
    return { ms, cpuMs: (user + system) / 1000, path };
  };
  const cold = await timedImport('full');
  const warm = await timedImport('warm');
  const fullMs = cold.ms;
  const cpuMs = cold.cpuMs;
  const store = CaseStore.open(cold.path, { readOnly: true });
  const counts = store.counts();
  store.close();

  // Extraction alone on the same texts, one thread, in-process: what the pipeline is built around.
  extract(texts[0]!, {});
  t = performance.now();
  for (const text of texts) extract(text, {});
  const extractMs = performance.now() - t;

  report('ingest_docs', N_DOCS, 'docs');
  report('ingest_words', words, 'words');
  report('ingest_docs_per_s', N_DOCS / (fullMs / 1000), 'docs/s');
  report('ingest_baseline_no_extraction_docs_per_s', N_DOCS / (baseMs / 1000), 'docs/s');
  report('ingest_time_ratio_vs_no_extraction', fullMs / baseMs, 'x');
  report('ingest_extract_only_one_thread_docs_per_s', N_DOCS / (extractMs / 1000), 'docs/s');
  report('ingest_cpu_ms_per_doc', cpuMs / N_DOCS, 'ms');
  report('ingest_warm_pool_docs_per_s', N_DOCS / (warm.ms / 1000), 'docs/s');
  report('ingest_warm_pool_cpu_ms_per_doc', warm.cpuMs / N_DOCS, 'ms');
  report('ingest_cpu_count', availableParallelism(), 'cores');
  report('ingest_entities', counts.entity, 'entities');
  report('ingest_mentions', counts.mention, 'mentions');
  report('ingest_events', counts.event, 'events');
  report('ingest_peak_rss_mb', peakRssMb(), 'MB');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
