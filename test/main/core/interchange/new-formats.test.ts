import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import ExcelJS from 'exceljs';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { exportInterchangeFile } from '../../../../main/core/interchange/export-interchange.js';
import { exportFormatOf } from '../../../../main/core/interchange/formats.js';
import { looksLikeFormula } from '../../../../main/core/interchange/spreadsheet-cell.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';
import { HOSTILE_CELLS, hostileCase } from './hostile-case.js';

const tempDir = useTempDir();
const table: string[] = [];
afterAll(() => console.log(['format · file · objects in · kept · changed · lost', ...table].join('\n')));

/** The sample case with a third node on its chart (so edges of both directions are drawn). */
function chartCase(dir: string): { store: CaseStore; ids: Record<string, string> } {
  const { store, ids } = buildSampleCase(dir);
  store.insert('chartNode', {
    chartId: ids.chart!,
    subjectId: ids.event!,
    x: 40,
    y: 90,
    style: { color: '#0a0' },
    locked: false,
    hidden: false,
    groupId: null,
  });
  store.insert('chartNode', {
    chartId: ids.chart!,
    subjectId: ids.place!,
    x: -20,
    y: 5,
    style: {},
    locked: false,
    hidden: true,
    groupId: null,
  });
  return { store, ids };
}

describe('GEXF for Gephi', () => {
  it('is read back by graphology-gexf node for node and edge for edge, with positions, colours and direction', async () => {
    const dir = tempDir();
    const { store, ids } = chartCase(dir);
    const out = join(dir, 'case.gexf');
    expect(exportFormatOf(out)).toBe('gexf');
    await exportInterchangeFile(store, out, 'gexf');
    const g = parse(Graph, readFileSync(out, 'utf8'));
    const nodes = [...store.iterate('entity'), ...store.iterate('event')];
    const edges = [...store.iterate('link'), ...store.iterate('participant')];
    let kept = 0;
    for (const n of nodes) {
      const a = g.getNodeAttributes(n.id);
      const label = 'label' in n ? n.label : n.title;
      if (a.label === label) kept++;
    }
    for (const l of store.iterate('link')) {
      expect(g.isUndirected(l.id)).toBe(!l.directed);
      expect(g.getEdgeAttributes(l.id)).toMatchObject({ label: l.type, weight: l.confidence });
      expect([g.source(l.id), g.target(l.id)]).toEqual([l.sourceId, l.targetId]);
      kept++;
    }
    for (const p of store.iterate('participant')) if (g.isDirected(p.id) && g.source(p.id) === p.entityId) kept++;
    table.push(
      `gexf · Dossier sample case · ${nodes.length + edges.length} · ${kept} · 0 · ${nodes.length + edges.length - kept}`,
    );
    expect(kept).toBe(nodes.length + edges.length);
    expect(g.getNodeAttributes(ids.person!)).toMatchObject({
      x: 12.5,
      y: -3,
      color: '#f00',
      kind: 'entity',
      type: 'person',
    });
    expect(g.getNodeAttributes(ids.event!)).toMatchObject({ x: 40, y: 90, kind: 'event' });
    store.close();
  });
});

describe('XLSX for i2 and Maltego', () => {
  it('writes entity and link sheets exceljs reads back exactly, hostile text as text cells, never formulas', async () => {
    const dir = tempDir();
    const store = hostileCase(dir);
    // Text that looks like OOXML's own escape must read back as written, not as the character.
    store.insert('entity', {
      type: 'person',
      label: 'literal _x000D_ and _x0041_ stay',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    const out = join(dir, 'case.xlsx');
    await exportInterchangeFile(store, out, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Entities', 'Links']);
    const rows = (name: string) => {
      const ws = book.getWorksheet(name)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
      const out: Record<string, unknown>[] = [];
      ws.eachRow((row, i) => {
        if (i === 1) return;
        row.eachCell((cell) => {
          expect(cell.type === ExcelJS.ValueType.Formula, `${name}!${cell.address}`).toBe(false);
          if (typeof cell.value === 'string') {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            expect(cell.numFmt).toBe('@');
          }
        });
        out.push(Object.fromEntries(header.map((h, c) => [h, row.getCell(c + 1).value ?? ''])));
      });
      return out;
    };
    const entities = rows('Entities');
    const links = rows('Links');
    let kept = 0;
    let changed = 0;
    // A carriage return survives as OOXML's _x000D_ escape (XML alone would read it back as a line feed).
    const crlf = (v: string) => v.replace(/\r/g, '\n');
    for (const e of store.iterate('entity')) {
      const r = entities.find((x) => x.id === e.id);
      if (r && r.label === e.label && r.notes === e.notes && r.type === e.type && r.status === e.status) kept++;
      else if (r && r.label === crlf(e.label) && r.notes === crlf(e.notes)) changed++;
    }
    for (const l of store.iterate('link')) {
      const r = links.find((x) => x.id === l.id);
      if (
        r &&
        r.type === l.type &&
        r.source_id === l.sourceId &&
        r.target_id === l.targetId &&
        r.confidence === l.confidence &&
        r.directed === (l.directed ? 'yes' : 'no')
      )
        kept++;
      else if (r && r.type === crlf(l.type)) changed++;
    }
    const total = store.count('entity') + store.count('link');
    table.push(`xlsx · hostile-text case · ${total} · ${kept} · ${changed} · ${total - kept - changed}`);
    expect(kept + changed).toBe(total);
    expect(changed).toBe(0);
    expect(entities.some((e) => typeof e.label === 'string' && e.label.includes('\r'))).toBe(true);
    // The hostile strings are there verbatim (no apostrophe), as text.
    expect(entities.map((e) => e.label)).toEqual(
      expect.arrayContaining([...HOSTILE_CELLS, 'literal _x000D_ and _x0041_ stay']),
    );
    expect(entities.some((e) => typeof e.label === 'string' && looksLikeFormula(e.label))).toBe(true);
    store.close();
  });
});

describe('Cytoscape JSON', () => {
  it('loads in cytoscape.js with the chart positions, saved styles, labels and arrows', async () => {
    const dir = tempDir();
    const { store, ids } = chartCase(dir);
    const out = join(dir, 'case.cyjs');
    await exportInterchangeFile(store, out, 'cyjs', { scope: { kind: 'chart', chart: ids.chart! } });
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      format_version: string;
      elements: { nodes: unknown[]; edges: unknown[] };
      style: cytoscape.StylesheetJson;
    };
    expect(json.format_version).toBe('1.0');
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: json.elements as cytoscape.ElementsDefinition,
      style: json.style,
      layout: { name: 'preset' },
    });
    const placed = store.list('chartNode', { chartId: ids.chart! });
    let kept = 0;
    for (const n of placed) {
      const el = cy.getElementById(n.subjectId);
      if (el.nonempty() && el.position('x') === n.x && el.position('y') === n.y) kept++;
    }
    expect(kept).toBe(placed.length);
    expect(cy.getElementById(ids.person!).data('name')).toBe('Emomali Rahmon');
    expect(cy.getElementById(ids.person!).style('background-color')).toBe('rgb(255,0,0)');
    expect(cy.getElementById(ids.place!).style('display')).toBe('none');
    const link = cy.getElementById(ids.link!);
    expect(link.data()).toMatchObject({ interaction: 'associate', directed: false });
    expect(link.style('target-arrow-shape')).toBe('none');
    expect(cy.getElementById(ids.participant!).style('target-arrow-shape')).toBe('triangle');
    const edgesIn = store.count('participant') + 1;
    table.push(
      `cyjs · Dossier sample chart · ${placed.length + edgesIn} · ${kept + cy.edges().length} · 0 · ${placed.length + edgesIn - kept - cy.edges().length}`,
    );
    store.close();
  });
});
