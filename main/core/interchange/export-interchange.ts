import { writeFileSync } from 'node:fs';
import type { ExportScope } from '../bundle/select.js';
import { DossierError } from '../errors.js';
import type { ReadableCase } from '../store/case-store.js';
import type { ChartNodeRecord, Tlp } from '../store/records.js';
import { type CaseView, loadView } from './case-view.js';
import { buildCyjs } from './cyjs/export-cyjs.js';
import { buildGexf } from './gexf/export-gexf.js';
import { buildXlsx } from './xlsx/export-xlsx.js';
import { buildCsv } from './csv/export-csv.js';
import type { ExportFormat } from './formats.js';
import { buildFtmEntities } from './ftm/export-ftm.js';
import { buildVisDiagram } from './ftm/vis.js';
import { buildGraphml } from './graphml/export-graphml.js';
import { buildStixExport } from './stix/export-stix.js';

export interface InterchangeResult {
  files: string[];
  summary: string;
}

function skippedText(skipped: Record<string, number>): string {
  const parts = Object.entries(skipped).map(([t, n]) => `${n} ${t}`);
  return parts.length ? `; left out (no equivalent): ${parts.join(', ')}` : '';
}

/** Where a whole-case graph export places its nodes: the chart exported, else the case's first chart. */
function placementsOf(store: ReadableCase, view: CaseView): ChartNodeRecord[] {
  if (view.chartNodes.length || view.chart) return view.chartNodes;
  const first = view.charts[0];
  return first ? store.list('chartNode', { chartId: first.id }) : [];
}

/** Writes any interchange format, the asynchronous ones (xlsx) included: what the CLI and the app call. */
export async function exportInterchangeFile(
  store: ReadableCase,
  out: string,
  format: Exclude<ExportFormat, 'casebundle'>,
  options: { scope?: ExportScope; tlp?: Tlp } = {},
): Promise<InterchangeResult> {
  if (format !== 'xlsx') return exportInterchange(store, out, format, options);
  const x = await buildXlsx(loadView(store, options));
  writeFileSync(out, x.bytes);
  return { files: [out], summary: `${x.entities} entities, ${x.links} links (sheets Entities and Links)` };
}

/** Writes a case, chart or selection in one of the interchange formats (not casebundle or xlsx). */
export function exportInterchange(
  store: ReadableCase,
  out: string,
  format: Exclude<ExportFormat, 'casebundle'>,
  options: { scope?: ExportScope; tlp?: Tlp } = {},
): InterchangeResult {
  const view = loadView(store, options);
  switch (format) {
    case 'stix': {
      const { bundle, skipped } = buildStixExport(view);
      writeFileSync(out, `${JSON.stringify(bundle, null, 2)}\n`);
      return { files: [out], summary: `${bundle.objects.length} STIX objects in a report${skippedText(skipped)}` };
    }
    case 'ftm': {
      const { entities, skipped, folded, notes } = buildFtmEntities(view);
      writeFileSync(out, entities.map((e) => `${JSON.stringify(e)}\n`).join(''));
      const foldedParts = Object.entries(folded).map(([t, n]) => `${n} ${t}`);
      const foldedText = foldedParts.length
        ? `; folded into properties of linked entities: ${foldedParts.join(', ')}`
        : '';
      return {
        files: [out],
        summary: `${entities.length} FtM entities${foldedText}${skippedText(skipped)}${notes.map((n) => `; ${n}`).join('')}`,
      };
    }
    case 'vis': {
      if (!view.chart && options.scope?.kind !== 'chart') {
        const first = store.list('chart')[0];
        if (!first)
          throw new DossierError(
            'invalid-argument',
            'a diagram needs a chart: this case has none (use --format ftm for entities)',
          );
        return exportInterchange(store, out, 'vis', { ...options, scope: { kind: 'chart', chart: first.id } });
      }
      const { diagram, skipped } = buildVisDiagram(view);
      writeFileSync(out, `${JSON.stringify(diagram)}\n`);
      const layout = diagram.layout as { vertices: unknown[]; edges: unknown[] };
      return {
        files: [out],
        summary: `${layout.vertices.length} vertices, ${layout.edges.length} edges${skippedText(skipped)}`,
      };
    }
    case 'graphml': {
      const g = buildGraphml(view);
      writeFileSync(out, g.xml);
      return { files: [out], summary: `${g.nodes} nodes, ${g.edges} edges` };
    }
    case 'gexf': {
      const g = buildGexf(view, placementsOf(store, view));
      writeFileSync(out, g.xml);
      return { files: [out], summary: `${g.nodes} nodes, ${g.edges} edges` };
    }
    case 'cyjs': {
      const c = buildCyjs(view, placementsOf(store, view));
      writeFileSync(out, `${JSON.stringify(c.json, null, 1)}\n`);
      return { files: [out], summary: `${c.nodes} nodes, ${c.edges} edges` };
    }
    case 'xlsx':
      throw new DossierError(
        'invalid-argument',
        'xlsx is written by exportInterchangeFile (exceljs writes asynchronously)',
      );
    case 'csv': {
      const { entities, links } = buildCsv(view);
      const stem = out.replace(/\.csv$/i, '');
      const files = [`${stem}-entities.csv`, `${stem}-links.csv`];
      writeFileSync(files[0]!, entities);
      writeFileSync(files[1]!, links);
      return { files, summary: `${view.entities.length} entities, ${view.links.length} links` };
    }
  }
}
