import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { detectImportFormat } from '../../../../main/core/interchange/formats.js';
import { type FtmEntity, buildFtmEntities } from '../../../../main/core/interchange/ftm/export-ftm.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';
import { ftmProblems, model } from './ftm-model-check.js';

const tempDir = useTempDir();
function richCase(dir: string): CaseStore {
  const { store, ids } = buildSampleCase(dir);
  const email = store.insert('entity', {
    type: 'email',
    label: 'rahmon@example.org',
    properties: {},
    notes: '',
    status: 'suggested',
  });
  store.insert('link', {
    sourceId: ids.person!,
    targetId: email.id,
    type: 'uses',
    directed: true,
    confidence: 0.9,
    credibility: null,
    firstSeen: null,
    lastSeen: null,
    status: 'suggested',
    properties: {},
  });
  const aide = store.insert('entity', {
    type: 'person',
    label: 'Aide',
    properties: {},
    notes: '',
    status: 'suggested',
  });
  store.insert('link', {
    sourceId: aide.id,
    targetId: ids.org!,
    type: 'employee',
    directed: true,
    confidence: 0.6,
    credibility: 3,
    firstSeen: '2024',
    lastSeen: '2025-06',
    status: 'suggested',
    properties: {},
  });
  store.insert('link', {
    sourceId: aide.id,
    targetId: ids.person!,
    type: 'associate',
    directed: false,
    confidence: 0.6,
    credibility: null,
    firstSeen: null,
    lastSeen: null,
    status: 'suggested',
    properties: {},
  });
  store.insert('chartNode', {
    chartId: ids.chart!,
    subjectId: aide.id,
    x: -50,
    y: 70,
    style: {},
    locked: false,
    hidden: false,
    groupId: null,
  });
  return store;
}

describe('FollowTheMoney', () => {
  it('exports entities every one of which is valid for its schema in the FtM model', () => {
    const store = richCase(tempDir());
    const { entities } = buildFtmEntities(loadView(store));
    const all = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) expect(ftmProblems(e, all), `${e.schema} ${e.id}`).toEqual([]);
    // Parsed by the library itself, too.
    for (const e of entities) expect(model.getEntity(e as never).schema.name).toBe(e.schema);
    const schemata = entities.map((e) => e.schema).sort();
    expect(schemata).toEqual(
      expect.arrayContaining([
        'Person',
        'Organization',
        'Address',
        'Employment',
        'Associate',
        'Event',
        'Document',
        'UnknownLink',
      ]),
    );
    const person = entities.find((e) => e.properties.name?.[0] === 'Emomali Rahmon')!;
    expect(person.properties.email).toEqual(['rahmon@example.org']);
    expect(person.properties.alias).toEqual(['Rahmon']);
    expect(entities.find((e) => e.schema === 'Address')!.properties.country).toEqual(['tj']);
    store.close();
  });

  it('imports FtM JSON lines (and its own export, twice, without change)', () => {
    const dir = tempDir();
    const store = richCase(dir);
    const out = join(dir, 'case.ftm');
    exportInterchange(store, out, 'ftm');
    expect(detectImportFormat(out)).toBe('ftm');
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    const first = importInterchange(target, out, 'ftm');
    expect(
      target
        .list('entity')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Acme Holdings', 'Aide', 'Dushanbe', 'Emomali Rahmon']);
    expect(
      target
        .list('link')
        .map((l) => l.type)
        .sort(),
    ).toEqual(['associate', 'associate', 'employee']);
    expect(target.count('event')).toBe(1);
    expect(first.skipped).toMatchObject({ 'Document (a Dossier document: case bundles carry those)': 2 });
    const again = importInterchange(target, out, 'ftm');
    expect(again.kinds.entity.new + again.kinds.entity.updated + again.kinds.link.new + again.kinds.alias.new).toBe(0);
    // An OpenSanctions-style line with a foreign id.
    const foreign = join(dir, 'os.ftm');
    writeFileSync(
      foreign,
      `${JSON.stringify({ id: 'Q123', schema: 'Person', properties: { name: ['Ivan Petrov', 'I. Petrov'], nationality: ['ru'] } })}\n`,
    );
    importInterchange(target, foreign, 'ftm');
    const ivan = target.list('entity', { label: 'Ivan Petrov' })[0]!;
    expect(ivan.properties).toMatchObject({ ftmId: 'Q123', nationality: 'ru' });
    expect(target.list('alias', { entityId: ivan.id }).map((a) => a.alias)).toEqual(['I. Petrov']);
    store.close();
    target.close();
  });

  it('writes a chart as an Aleph diagram with positions', () => {
    const dir = tempDir();
    const store = richCase(dir);
    const out = join(dir, 'main.vis');
    exportInterchange(store, out, 'vis', { scope: { kind: 'chart', chart: 'Main' } });
    const diagram = JSON.parse(readFileSync(out, 'utf8')) as {
      layout: {
        entities: FtmEntity[];
        vertices: { entityId: string; position: { x: number; y: number }; fixed: boolean }[];
        edges: { sourceId: string; targetId: string }[];
      };
    };
    const all = new Map(diagram.layout.entities.map((e) => [e.id, e]));
    for (const e of diagram.layout.entities) expect(ftmProblems(e, all)).toEqual([]);
    const labels = diagram.layout.vertices.map((v) => all.get(v.entityId)!.properties.name![0]).sort();
    expect(labels).toEqual(['Acme Holdings', 'Aide', 'Emomali Rahmon']);
    const rahmon = diagram.layout.vertices.find((v) => all.get(v.entityId)!.properties.name![0] === 'Emomali Rahmon')!;
    expect(rahmon).toMatchObject({ position: { x: 1, y: 0 }, fixed: true });
    const vertexIds = new Set(diagram.layout.vertices.map((v) => `entity:${v.entityId}`));
    expect(diagram.layout.edges.length).toBe(3);
    for (const e of diagram.layout.edges) expect(vertexIds.has(e.sourceId) && vertexIds.has(e.targetId)).toBe(true);
    expect(detectImportFormat(out)).toBe('vis');
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importInterchange(target, out, 'vis');
    expect(target.count('entity')).toBe(3);
    store.close();
    target.close();
  });
});

describe('GraphML', () => {
  it('round-trips through graphology-graphml with typed attributes', () => {
    const dir = tempDir();
    const store = richCase(dir);
    const out = join(dir, 'case.graphml');
    exportInterchange(store, out, 'graphml');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('attr.type="double"');
    const graph = parse(Graph, xml);
    expect(graph.order).toBe(store.count('entity') + store.count('event'));
    expect(graph.size).toBe(store.count('link') + store.count('participant'));
    const link = store.list('link', { type: 'employee' })[0]!;
    expect(graph.getEdgeAttributes(link.id)).toMatchObject({
      type: 'employee',
      confidence: 0.6,
      credibility: 3,
      first_seen: '2024',
    });
    expect(graph.isDirected(graph.edge(link.sourceId, link.targetId)!)).toBe(true);
    const rahmon = store.list('entity', { label: 'Emomali Rahmon' })[0]!;
    expect(graph.getNodeAttributes(rahmon.id)).toMatchObject({
      label: 'Emomali Rahmon',
      type: 'person',
      kind: 'entity',
    });
    // Back into a case: ids (Dossier's) are kept.
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importInterchange(target, out, 'graphml');
    expect(target.get('link', link.id)).toMatchObject({
      sourceId: link.sourceId,
      targetId: link.targetId,
      type: 'employee',
      confidence: 0.6,
      credibility: 3,
    });
    store.close();
    target.close();
  });

  it('is read by networkx with the same counts (when python3-networkx is installed)', (ctx) => {
    const probe = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      console.log('skipped: python3 with networkx is not installed (apt-get install python3-networkx)');
      ctx.skip();
      return;
    }
    const dir = tempDir();
    const store = richCase(dir);
    // networkx has no mixed graphs (graphml-fidelity.test.ts covers those): every link directed here.
    for (const l of store.list('link')) store.update('link', l.id, { directed: true });
    const out = join(dir, 'case.graphml');
    exportInterchange(store, out, 'graphml');
    const script =
      'import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())\nprint(sorted(set(type(d.get("confidence")).__name__ for _,_,d in g.edges(data=True) if "confidence" in d)))';
    const [counts, types] = execFileSync('python3', ['-c', script, out], { encoding: 'utf8' }).trim().split('\n');
    expect(counts).toBe(
      `${store.count('entity') + store.count('event')} ${store.count('link') + store.count('participant')}`,
    );
    expect(types).toBe("['float']");
    store.close();
  });
});

describe('CSV', () => {
  it('exports entities and links tables that import back into an empty case', () => {
    const dir = tempDir();
    const store = richCase(dir);
    const { files } = exportInterchange(store, join(dir, 'case.csv'), 'csv');
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['case-entities.csv', 'case-links.csv']);
    const linksCsv = readFileSync(files[1]!, 'utf8');
    expect(linksCsv.split('\n')[0]).toContain('source_label');
    expect(linksCsv).toMatch(/Emomali Rahmon,person,.*Acme Holdings,organization,associate,no,0\.7,2,B2/);
    for (const f of files) expect(detectImportFormat(f)).toBe('csv');
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importInterchange(target, files[0]!, 'csv');
    importInterchange(target, files[1]!, 'csv');
    const strip = <T extends { properties: unknown }>(r: T) => ({ ...r, properties: {} });
    for (const e of store.iterate('entity')) {
      const got = target.require('entity', e.id);
      expect({ ...strip(got), caseId: e.caseId }).toEqual({ ...strip(e), caseId: e.caseId });
    }
    for (const l of store.iterate('link')) {
      expect(strip(target.require('link', l.id))).toMatchObject({ ...strip(l), caseId: target.meta().id });
    }
    expect(target.list('alias').map((a) => a.alias)).toEqual(['Rahmon']);
    const again = importInterchange(target, files[0]!, 'csv');
    expect(again.kinds.entity.unchanged).toBe(store.count('entity'));
    expect(again.kinds.alias.new).toBe(0);
    store.close();
    target.close();
  });

  it('refuses a CSV whose columns it does not recognise', () => {
    const dir = tempDir();
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    const f = join(dir, 'x.csv');
    writeFileSync(f, 'a,b\n1,2\n');
    expect(() => importInterchange(target, f, 'csv')).toThrow(/columns are not recognised/);
    target.close();
  });
});
