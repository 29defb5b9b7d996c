// Bundle benchmark (issue 6): a generated case of 10,000 documents (~500 words, with original
// bytes) and 50,000 entities (plus links and mentions between them) is exported as a signed
// .casebundle, verified, and imported into an empty case and into a case already holding half of
// it (the merge path). Baseline, same run: the same JSON lines and originals zipped with fflate at
// the same level, with no hashes, manifest, signature, schema checks or merge. Each phase runs in
// its own process so its peak RSS is its own. The import into the empty case is also measured
// against a raw read of the same bundle (the file read and every entry inflated), issue 15's goal.
// Quick run: BUNDLE_BENCH_SCALE=0.1 npx tsx test/bench/bundle.bench.ts
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate, unzipSync } from 'fflate';
import { exportBundle } from '../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../main/core/bundle/import-bundle.js';
import { verifyBundle } from '../../main/core/bundle/verify-bundle.js';
import { newId, nowIso } from '../../main/core/ids.js';
import { loadOrCreateKeyPair } from '../../main/core/keys/key-pair.js';
import { RECORD_KINDS } from '../../main/core/store/record-kinds.js';
import { CaseStore } from '../../main/core/store/case-store.js';
import type { NewRecord } from '../../main/core/store/records.js';
import { corpusTexts, peakRssMb, report, seededRandom } from './bench-util.js';
import { useBundledWorkers } from './bundled-workers.js';

const scale = Number(process.env.BUNDLE_BENCH_SCALE ?? 1);
const N_DOCS = Math.round(10_000 * scale);
const N_ENTITIES = Math.round(50_000 * scale);
const N_LINKS = Math.round(20_000 * scale);
const N_MENTIONS = Math.round(50_000 * scale);

type Phase = 'export' | 'baseline' | 'raw-read' | 'verify' | 'import' | 'half' | 'merge';

function generate(path: string): void {
  const words = corpusTexts()
    .join(' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w));
  const random = seededRandom(6);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const store = CaseStore.create(path, { title: 'Bundle benchmark', tlp: 'TLP:AMBER' });
  const docs: NewRecord<'document'>[] = [];
  for (let i = 0; i < N_DOCS; i++) {
    const text = Array.from({ length: 500 }, pick).join(' ');
    const bytes = Buffer.from(`From: source-${i}\nSubject: report ${i}\n\n${text}\n`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    store.putOriginal(sha256, bytes);
    docs.push({
      title: `Report ${i}`,
      sourceUri: `file:///reports/${i}.eml`,
      mimeType: 'message/rfc822',
      sha256,
      size: bytes.length,
      text,
      language: 'en',
      publishedAt: '2025-12-13',
      ingestedAt: nowIso(),
      reliability: 'B',
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    });
  }
  const docIds = store.insertMany('document', docs).map((d) => d.id);
  const types = ['person', 'organization', 'location'];
  const entityIds = store
    .insertMany(
      'entity',
      Array.from({ length: N_ENTITIES }, (_, i) => ({
        id: newId(),
        type: types[i % 3]!,
        label: `${pick()} ${pick()} ${i}`,
        properties: {},
        notes: '',
        status: 'suggested' as const,
      })),
    )
    .map((e) => e.id);
  const anyEntity = () => entityIds[Math.floor(random() * entityIds.length)]!;
  store.insertMany(
    'link',
    Array.from({ length: N_LINKS }, () => ({
      sourceId: anyEntity(),
      targetId: anyEntity(),
      type: 'associate',
      directed: false,
      confidence: 0.6,
      credibility: 3,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested' as const,
      properties: {},
    })),
  );
  store.insertMany(
    'mention',
    Array.from({ length: N_MENTIONS }, () => ({
      documentId: docIds[Math.floor(random() * docIds.length)]!,
      entityId: anyEntity(),
      start: 10,
      end: 20,
      surface: 'x',
      extractor: 'bench',
      extractorVersion: '1',
      status: 'suggested' as const,
    })),
  );
  store.close();
}

/** The same JSON lines and originals, zipped at the same level: no hashes, manifest, signature or checks. */
function baselineZip(casePath: string, out: string): void {
  const store = CaseStore.open(casePath, { readOnly: true });
  const fd = openSync(out, 'w');
  const zip = new Zip((err, data) => {
    if (err) throw err;
    writeSync(fd, data);
  });
  const hashes: string[] = [];
  for (const kind of RECORD_KINDS) {
    const file = new ZipDeflate(`records/${kind}.jsonl`, { level: 6 });
    zip.add(file);
    let chunk = '';
    for (const r of store.iterate(kind)) {
      if (kind === 'document') hashes.push((r as { sha256: string }).sha256);
      chunk += `${JSON.stringify(r)}\n`;
      if (chunk.length > 1 << 20) {
        file.push(Buffer.from(chunk));
        chunk = '';
      }
    }
    file.push(Buffer.from(chunk), true);
  }
  for (const h of hashes) {
    const file = new ZipDeflate(`originals/${h}`, { level: 6 });
    zip.add(file);
    file.push(store.original(h)!, true);
  }
  zip.end();
  closeSync(fd);
  store.close();
}

/** Runs in a child process: one phase, then its time and peak RSS as JSON on stdout. */
function runPhase(phase: Phase, dir: string): void {
  const t = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const src = join(dir, 'source.dossier');
  const bundle = join(dir, 'full.casebundle');
  switch (phase) {
    case 'export': {
      const store = CaseStore.open(src, { readOnly: true });
      exportBundle(store, bundle, { sign: loadOrCreateKeyPair() });
      store.close();
      break;
    }
    case 'baseline':
      baselineZip(src, join(dir, 'baseline.zip'));
      break;
    case 'raw-read':
      // Issue 15's baseline for the import: reading the same bundle file and inflating every entry.
      unzipSync(readFileSync(bundle));
      break;
    case 'verify':
      if (!verifyBundle(bundle).ok) throw new Error('verify failed');
      break;
    case 'import': {
      const store = CaseStore.create(join(dir, 'empty-target.dossier'), { title: 'target' });
      importBundle(store, bundle);
      store.close();
      break;
    }
    case 'half': {
      // Not timed for the report: a case holding half of the documents and entities (and what they pull in).
      const source = CaseStore.open(src, { readOnly: true });
      const ids = [...source.iterate('document')].filter((_, i) => i % 2 === 0).map((d) => d.id);
      ids.push(...[...source.iterate('entity')].filter((_, i) => i % 2 === 0).map((e) => e.id));
      exportBundle(source, join(dir, 'half.casebundle'), { scope: { kind: 'selection', ids } });
      source.close();
      const store = CaseStore.create(join(dir, 'half-target.dossier'), { title: 'half' });
      importBundle(store, join(dir, 'half.casebundle'));
      store.close();
      break;
    }
    case 'merge': {
      const store = CaseStore.open(join(dir, 'half-target.dossier'));
      const { report: r } = importBundle(store, bundle);
      store.close();
      process.stderr.write(`merge: ${r.kinds.entity.new} entities new, ${r.kinds.entity.unchanged} unchanged\n`);
      break;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const used = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ seconds, cpu: (used.user + used.system) / 1e6, rss: peakRssMb() }));
}

interface Measured {
  seconds: number;
  cpu: number;
  rss: number;
}

function child(phase: Phase, dir: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--phase', phase, dir], {
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_HOME: join(dir, 'home') },
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`phase ${phase} failed: ${r.stderr}`);
  if (r.stderr.trim()) console.log(`# ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as Measured;
}

const at = process.argv.indexOf('--phase');
if (at >= 0) {
  const phase = process.argv[at + 1] as Phase;
  // Imports read large bundles in a worker thread: measured as the app ships it (bundled before
  // the clock starts), not compiled by tsx in the worker.
  if (phase === 'import' || phase === 'half' || phase === 'merge') await useBundledWorkers();
  runPhase(phase, process.argv[at + 2]!);
} else {
  // BUNDLE_BENCH_KEEP=1 leaves the generated files for profiling a phase on its own.
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bundle-bench-'));
  if (process.env.BUNDLE_BENCH_KEEP) console.log(`# files kept in ${dir}`);
  try {
    generate(join(dir, 'source.dossier'));
    console.log(
      `# ${N_DOCS} documents (~500 words, with originals), ${N_ENTITIES} entities, ${N_LINKS} links, ${N_MENTIONS} mentions`,
    );
    // The baseline runs before and after the export (the first process also warms the file
    // cache); the faster of the two counts, which can only make the ratio look worse.
    const firstBaseline = child('baseline', dir);
    const exp = child('export', dir);
    const secondBaseline = child('baseline', dir);
    const baseline = firstBaseline.seconds < secondBaseline.seconds ? firstBaseline : secondBaseline;
    const baselineCpu = Math.min(firstBaseline.cpu, secondBaseline.cpu);
    const verify = child('verify', dir);
    // The raw read runs before and after the import too; the faster counts.
    const firstRead = child('raw-read', dir);
    const imp = child('import', dir);
    const secondRead = child('raw-read', dir);
    const rawRead = firstRead.seconds < secondRead.seconds ? firstRead : secondRead;
    const rawReadCpu = Math.min(firstRead.cpu, secondRead.cpu);
    child('half', dir);
    const merge = child('merge', dir);
    // Wall time suffers when other work shares the cores; CPU time (user + system) of the phase's
    // own process is printed beside it and is the steadier figure on a busy machine.
    const show = (name: string, m: Measured, vsBaseline: boolean): void => {
      report(`bundle.${name}`, m.seconds, 's');
      report(`bundle.${name}_cpu`, m.cpu, 's');
      if (vsBaseline) {
        report(`bundle.${name}_vs_baseline`, m.seconds / baseline.seconds, 'ratio (wall)');
        report(
          `bundle.${name}_vs_baseline_cpu`,
          m.cpu / baselineCpu,
          `ratio (cpu)${name === 'export_signed' ? ' (target <= 2)' : ''}`,
        );
      }
      report(`bundle.${name}_peak_rss`, m.rss, 'MB');
    };
    show('baseline_zip', baseline, false);
    show('export_signed', exp, true);
    show('verify', verify, true);
    show('raw_read', rawRead, false);
    show('import_empty', imp, true);
    report('bundle.import_empty_vs_raw_read', imp.seconds / rawRead.seconds, 'ratio (wall) (target <= 2)');
    report('bundle.import_empty_vs_raw_read_cpu', imp.cpu / rawReadCpu, 'ratio (cpu)');
    show('import_merge_half', merge, false);
    report('bundle.file_size', statSync(join(dir, 'full.casebundle')).size / 1024 / 1024, 'MB');
    report('bundle.baseline_file_size', statSync(join(dir, 'baseline.zip')).size / 1024 / 1024, 'MB');
  } finally {
    if (!process.env.BUNDLE_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
