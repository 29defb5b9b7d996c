import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { RecordKind } from '../../../../main/core/store/records.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';

const tempDir = useTempDir();
const table: string[] = [];
afterAll(() => console.log(['format · file · objects in · kept · changed · lost', ...table].join('\n')));
const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

function exported(undirectedOnly = false): { store: CaseStore; out: string; dir: string } {
  const dir = tempDir();
  const { store } = buildSampleCase(dir);
  if (undirectedOnly) for (const p of store.list('participant')) store.remove('participant', p.id);
  const out = join(dir, 'case.graphml');
  exportInterchange(store, out, 'graphml');
  return { store, out, dir };
}

describe('GraphML fidelity', () => {
  it('Dossier → GraphML → Dossier keeps every entity, event, participant, link and alias, record for record', () => {
    const { store, out, dir } = exported();
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importInterchange(target, out, 'graphml');
    let objectsIn = 0;
    let kept = 0;
    const changed: string[] = [];
    const lost: string[] = [];
    const strip = ({ caseId: _c, ...rest }: { caseId: string }) => rest;
    for (const kind of ['entity', 'event', 'participant', 'link'] as RecordKind[]) {
      for (const r of store.iterate(kind)) {
        objectsIn++;
        const back = target.get(kind, r.id);
        if (!back) lost.push(`${kind} ${r.id}`);
        else if (JSON.stringify(strip(back)) === JSON.stringify(strip(r))) kept++;
        else changed.push(`${kind}: ${JSON.stringify(strip(back))} ≠ ${JSON.stringify(strip(r))}`);
      }
    }
    table.push(`graphml · Dossier sample case · ${objectsIn} · ${kept} · ${changed.length} · ${lost.length}`);
    expect(lost).toEqual([]);
    expect(changed).toEqual([]);
    expect(target.list('alias').map((a) => a.alias)).toEqual(['Rahmon']);
    store.close();
    target.close();
  });

  it('writes GraphML per-edge direction, read back by graphology as a mixed graph', () => {
    const { store, out } = exported();
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('edgedefault="undirected"');
    expect(xml).not.toContain('attr.name="directed"');
    const link = store.list('link')[0]!;
    expect(xml).toMatch(new RegExp(`<edge directed="false" id="${link.id}"`));
    const graph = parse(Graph, xml);
    expect(graph.type).toBe('mixed');
    expect(graph.isUndirected(link.id)).toBe(true);
    expect(graph.isDirected(store.list('participant')[0]!.id)).toBe(true);
    store.close();
  });

  it('carries yEd labels, arrows and chart positions', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const out = join(dir, 'chart.graphml');
    exportInterchange(store, out, 'graphml', { scope: { kind: 'chart', chart: ids.chart! } });
    store.close();
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('yfiles.type="nodegraphics"');
    expect(xml).toMatch(
      /<y:ShapeNode><y:Geometry x="12.5" y="-3" width="30" height="30"\/><y:NodeLabel>Emomali Rahmon<\/y:NodeLabel>/,
    );
    expect(xml).toContain('<y:Arrows source="none" target="none"/><y:EdgeLabel>associate</y:EdgeLabel>');
  });

  it('networkx reads an undirected export as an undirected graph, with yEd labels (skips without networkx)', (ctx) => {
    if (!hasNetworkx) {
      ctx.skip('python3 networkx is not installed here; graphology covered the reading');
      return;
    }
    const { store, out } = exported(true);
    const script =
      'import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.is_directed(), g.number_of_nodes(), g.number_of_edges())\nprint(sorted(d["label"] for _, d in g.nodes(data=True)))';
    const [shape, labels] = execFileSync('python3', ['-c', script, out], { encoding: 'utf8' }).trim().split('\n');
    expect(shape).toBe(`False ${store.count('entity') + store.count('event')} ${store.count('link')}`);
    expect(labels).toContain("'Emomali Rahmon'");
    store.close();
  });

  it('networkx (which has no mixed graphs) refuses a mixed export instead of misreading its direction', (ctx) => {
    if (!hasNetworkx) {
      ctx.skip('python3 networkx is not installed here');
      return;
    }
    const { out } = exported();
    const r = spawnSync('python3', ['-c', 'import sys, networkx as nx\nnx.read_graphml(sys.argv[1])', out], {
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('directed=true edge found in undirected graph');
  });

  it('names the nodes of a yEd diagram from its node labels', () => {
    const dir = tempDir();
    const path = join(dir, 'yed.graphml');
    writeFileSync(
      path,
      `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="10.0" y="20.0"/><y:NodeLabel alignment="center" fontSize="12">Sandworm &amp; Co</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Kyivoblenergo</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`,
    );
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    importInterchange(store, path, 'graphml');
    expect(
      store
        .list('entity')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Kyivoblenergo', 'Sandworm & Co']);
    expect(store.count('link')).toBe(1);
    store.close();
  });

  it('dates a third-party file without timestamps by the import, and importing it twice changes nothing', () => {
    const dir = tempDir();
    const path = join(dir, 'other.graphml');
    writeFileSync(
      path,
      `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="a"><data key="d0">Alpha</data></node><node id="b"><data key="d0">Beta</data></node>
<edge id="e1" source="a" target="b"/><edge id="e2" source="b" target="a" directed="true"/></graph></graphml>`,
    );
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    const before = Date.now();
    importInterchange(store, path, 'graphml');
    const alpha = store.list('entity', { label: 'Alpha' })[0]!;
    expect(Date.parse(alpha.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(store.list('link').every((l) => l.directed)).toBe(true);
    const again = importInterchange(store, path, 'graphml');
    expect(again.kinds.entity.new + again.kinds.entity.updated + again.kinds.link.new + again.kinds.link.updated).toBe(
      0,
    );
    store.close();
  });
});
