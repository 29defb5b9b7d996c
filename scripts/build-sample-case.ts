// Builds the sample case from assets/sample-case/sources into a case file, through the same
// import pipeline the app uses. The app builds it by itself on first use ("Open sample case");
// this script is for looking at it from the command line or shipping a pre-built copy.
//   tsx scripts/build-sample-case.ts [OUT]   (default dist/sample-case/sample.dossier)
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { coreImport } from '../main/handlers/core-services.js';
import { buildSampleCase } from '../main/handlers/sample-case/build.js';

const out = resolve(process.argv[2] ?? 'dist/sample-case/sample.dossier');
for (const suffix of ['', '-wal', '-shm', '.lock']) if (existsSync(out + suffix)) rmSync(out + suffix);
mkdirSync(dirname(out), { recursive: true });
const started = Date.now();
const report = await buildSampleCase(out, coreImport);
console.log(`sample case: ${out}`);
console.log(
  `  ${report.documents} documents, ${report.entities} entities, ${report.links} links (${Date.now() - started} ms)`,
);
for (const s of report.skipped) console.log(`  skipped ${s.file}: ${s.reason}`);
for (const p of report.problems) console.log(`  problem: ${p}`);
process.exit(report.skipped.length || report.problems.length ? 1 : 0);
