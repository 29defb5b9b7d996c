// Scale benchmark (issue 15): generated cases of 2k, 5k and 20k documents built through the
// store API, then measured through the contract (see scale/measure-case.ts), each figure with a
// baseline from the same run and the ratio, and how it grows from the smallest case to the
// largest. `npm run bench -- scale --short` runs one 200-document case with a small ingest
// (CI: every row runs, so none rots; the figures are not comparable with the 2k–20k ones).
// Each case is generated in one process and measured in another, so the RSS is the server's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './bench-util.js';
import { useBundledWorkers } from './bundled-workers.js';
import { type GeneratedCase, generateCase } from './scale/generate-case.js';
import { type Figures, measureCase } from './scale/measure-case.js';

const short = process.argv.includes('--short');
const SIZES = process.env.SCALE_BENCH_SIZES?.split(',').map(Number) ?? (short ? [200] : [2_000, 5_000, 20_000]);
const INGEST_DOCS = Number(process.env.SCALE_BENCH_INGEST ?? (short ? 20 : 200));
const BUNDLE = process.env.SCALE_BENCH_BUNDLE !== '0';
// SCALE_BENCH_CASE=PATH:BIG_DOCUMENT_ID measures a case generated before (it is written to:
// pass a copy) instead of generating one; the reported size is then SCALE_BENCH_SIZES.
const REUSE = process.env.SCALE_BENCH_CASE?.split(':');

// Figure, its baseline, and the goal (issue 15) where there is one.
const ROWS: { name: string; unit: string; baseline?: string; goal?: string }[] = [
  { name: 'entities_list_ms', unit: 'ms', baseline: 'entities_list_baseline_ms', goal: '<= 150 ms at 20k' },
  { name: 'documents_list_ms', unit: 'ms', baseline: 'documents_list_baseline_ms', goal: '<= 100 ms' },
  { name: 'search_p50_ms', unit: 'ms', baseline: 'search_baseline_p95_ms' },
  { name: 'search_p95_ms', unit: 'ms', baseline: 'search_baseline_p95_ms', goal: '<= 100 ms, any query' },
  { name: 'search_the_ms', unit: 'ms', baseline: 'search_baseline_p95_ms' },
  { name: 'search_one_letter_ms', unit: 'ms', baseline: 'search_baseline_p95_ms' },
  { name: 'reader_open_ms', unit: 'ms', baseline: 'reader_open_baseline_ms', goal: 'first paint <= 1 s' },
  { name: 'reader_open_bytes', unit: 'bytes' },
  { name: 'ingest_docs_per_s', unit: 'docs/s', baseline: 'ingest_baseline_docs_per_s', goal: '>= 50 docs/s' },
  { name: 'ingest_cpu_ms_per_doc', unit: 'ms' },
  { name: 'ingest_warm_docs_per_s', unit: 'docs/s', baseline: 'ingest_baseline_docs_per_s', goal: '>= 50 docs/s' },
  { name: 'ingest_warm_cpu_ms_per_doc', unit: 'ms' },
  { name: 'ingest_cold_docs_per_s', unit: 'docs/s', baseline: 'ingest_baseline_docs_per_s' },
  { name: 'ingest_cold_cpu_ms_per_doc', unit: 'ms' },
  { name: 'bundle_import_ms', unit: 'ms', baseline: 'bundle_raw_read_ms', goal: '<= 2x a raw read' },
  { name: 'server_rss_mb', unit: 'MB', goal: '<= 600 MB at 20k' },
  { name: 'case_open_ms', unit: 'ms' },
];

function child(args: string[]): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`scale bench ${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const at = process.argv.indexOf('--phase');
if (at >= 0) {
  const [phase, dir, size, bigId] = process.argv.slice(at + 1);
  const casePath = REUSE ? REUSE[0]! : join(dir!, 'case.dossier');
  if (phase === 'generate') {
    const t = performance.now();
    const g = generateCase(casePath, Number(size));
    console.log(JSON.stringify({ ...g, generate_ms: performance.now() - t }));
  } else {
    // The ingest row's workers as the app ships them (bundled), not compiled by tsx at start-up.
    await useBundledWorkers();
    const work = join(dir!, 'work');
    mkdirSync(work, { recursive: true });
    console.log(JSON.stringify(await measureCase(casePath, work, bigId!, { ingestDocs: INGEST_DOCS, bundle: BUNDLE })));
  }
} else {
  console.log(
    `# load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at start; ${short ? 'short run' : 'full run'}`,
  );
  const bySize = new Map<number, Figures>();
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `dossier-scale-${size}-`));
    try {
      const g = REUSE
        ? { documents: size, entities: NaN, mentions: NaN, bigDocumentId: REUSE[1]!, generate_ms: 0 }
        : (child(['--phase', 'generate', dir, String(size)]) as GeneratedCase & { generate_ms: number });
      console.log(
        `# ${size}: ${REUSE ? `reused ${REUSE[0]}` : `${g.documents} documents, ${g.entities} entities, ${g.mentions} mentions, generated in ${(g.generate_ms / 1000).toFixed(1)} s`}`,
      );
      const f = child(['--phase', 'measure', dir, String(size), g.bigDocumentId]) as Figures;
      bySize.set(size, f);
      const k = size >= 1000 ? `${size / 1000}k` : String(size);
      for (const row of ROWS) {
        if (f[row.name] === undefined) continue;
        report(`scale.${k}.${row.name}`, f[row.name]!, `${row.unit}${row.goal ? ` (goal ${row.goal})` : ''}`);
        const b = row.baseline ? f[row.baseline] : undefined;
        if (b !== undefined) {
          report(`scale.${k}.${row.name}.baseline`, b, row.unit);
          // For rates the ratio is baseline / figure, so that "more than 1" always means slower.
          report(`scale.${k}.${row.name}.ratio`, row.unit === 'docs/s' ? b / f[row.name]! : f[row.name]! / b, 'x');
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const first = SIZES[0]!;
  const last = SIZES.at(-1)!;
  if (last !== first) {
    for (const row of ROWS) {
      const a = bySize.get(first)?.[row.name];
      const b = bySize.get(last)?.[row.name];
      if (a !== undefined && b !== undefined)
        report(`scale.growth_${first / 1000}k_to_${last / 1000}k.${row.name}`, b / a, 'x');
    }
  }
  console.log(
    `# load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end`,
  );
}
