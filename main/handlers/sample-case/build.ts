import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DossierError } from '../../core/errors.js';
import { createChart } from '../../core/analysis/chart-records.js';
import { seedChartFromCase } from '../../core/analysis/seed-chart.js';
import { parseCsvMapping } from '../../core/ingest/csv-mapping.js';
import { CaseStore } from '../../core/store/case-store.js';
import { findAppPath } from '../../core/app-files.js';
import type { ImportService } from '../context.js';
import { addAnalystLinks } from './analyst-links.js';
import { textToPdf } from './minimal-pdf.js';

export interface SampleBuildReport {
  documents: number;
  entities: number;
  links: number;
  skipped: { file: string; reason: string }[];
  problems: string[];
}

/** The sample case's source folder as shipped with the app. */
export function sampleSourcesDir(): string {
  const dir = findAppPath('assets/sample-case/sources');
  if (!dir)
    throw new DossierError(
      'not-found',
      'the sample case sources are missing from this installation (assets/sample-case/sources)',
    );
  return dir;
}

/**
 * Builds the sample case at `casePath` (which must not exist) from `sources`: every document
 * through the real import pipeline, `08-pdf-sitrep.txt` turned into a PDF first, the CSV with its
 * mapping, then the analyst links and an overview chart.
 */
export async function buildSampleCase(
  casePath: string,
  importFiles: ImportService,
  sources = sampleSourcesDir(),
): Promise<SampleBuildReport> {
  const staging = mkdtempSync(join(tmpdir(), 'dossier-sample-'));
  const store = CaseStore.create(casePath, {
    title: 'Tajik–Afghan border, December 2025 (sample)',
    description:
      'A sample case written for Dossier: drone attacks on Chinese-funded sites in Gorno-Badakhshan and the reactions that followed. People and companies named in the field reports are invented.',
    tlp: 'TLP:GREEN',
  });
  try {
    const plain: string[] = [];
    const tables: string[] = [];
    for (const name of readdirSync(sources).sort()) {
      if (name === 'links.json' || name.endsWith('.mapping.json') || name.startsWith('.')) continue;
      const from = join(sources, name);
      if (name.startsWith('08-pdf-')) {
        const to = join(staging, 'situation-report-2025-12-12.pdf');
        writeFileSync(to, textToPdf('Situation report, 12 December 2025', readFileSync(from, 'utf8')));
        plain.push(to);
        continue;
      }
      const to = join(staging, name);
      copyFileSync(from, to);
      (name.endsWith('.csv') ? tables : plain).push(to);
    }
    const skipped: SampleBuildReport['skipped'] = [];
    const fileOfDoc = new Map<string, string>();
    const collect = (s: Awaited<ReturnType<ImportService>>) => {
      for (const f of s.imported) fileOfDoc.set(basename(f.path), f.documentId);
      for (const k of s.skipped) skipped.push({ file: basename(k.path), reason: k.reason });
    };
    collect(await importFiles(store, plain, { tlp: 'TLP:GREEN', reliability: 'B' }));
    for (const t of tables) {
      const mappingFile = join(sources, basename(t).replace(/\.csv$/, '.mapping.json'));
      const mapping = parseCsvMapping(JSON.parse(readFileSync(mappingFile, 'utf8')), basename(mappingFile));
      collect(await importFiles(store, [t], { tlp: 'TLP:GREEN', reliability: 'C', csvMapping: mapping }));
    }
    const links = JSON.parse(readFileSync(join(sources, 'links.json'), 'utf8')) as unknown;
    const problems = addAnalystLinks(store, links, (file) => fileOfDoc.get(file) ?? null);
    // A chart to open on: the best-connected entities and their events, laid out on first view.
    const chart = createChart(store, 'Border crisis overview');
    seedChartFromCase(store, chart.id, 40);
    return {
      documents: store.count('document'),
      entities: store.count('entity'),
      links: store.count('link'),
      skipped,
      problems,
    };
  } catch (e) {
    store.close();
    rmSync(casePath, { force: true });
    throw e;
  } finally {
    store.close();
    rmSync(staging, { recursive: true, force: true });
  }
}
