import type { CaseView } from '../case-view.js';
import { EDGE_KEYS, NODE_KEYS, type Key, yedEdge, yedNode, YED_KEYS } from './graphml-keys.js';

// XML 1.0 forbids most control characters even when escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function esc(s: string): string {
  return s
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function data(keys: Key[], values: Record<string, unknown>): string {
  return keys
    .filter((k) => values[k.name] !== null && values[k.name] !== undefined && values[k.name] !== '')
    .map(
      (k) =>
        `<data key="${k.id}">${esc(typeof values[k.name] === 'object' ? JSON.stringify(values[k.name]) : String(values[k.name]))}</data>`,
    )
    .join('');
}

/**
 * Entities and events as nodes, links and event participation as edges, every attribute declared
 * with its GraphML type (Gephi, Cytoscape, networkx and graphology read these), plus yEd's
 * node and edge graphics so yEd shows names, arrows and chart positions without any mapping.
 *
 * Direction is GraphML's own: each edge says `directed="true"` or `"false"`, and `edgedefault`
 * is whatever all edges share (undirected when they are mixed, so a reader that ignores the
 * per-edge attribute still sees no false arrows). networkx has no mixed graphs and refuses a
 * mixed file with a clear error rather than misreading it.
 */
export function buildGraphml(view: CaseView): { xml: string; nodes: number; edges: number } {
  const pos = new Map(view.chartNodes.map((n) => [n.subjectId, n]));
  const nodes: string[] = [];
  const edges: { xml: string; directed: boolean }[] = [];
  const nodeIds = new Set<string>();
  for (const e of view.entities) {
    nodeIds.add(e.id);
    const p = pos.get(e.id);
    nodes.push(
      `    <node id="${esc(e.id)}">${data(NODE_KEYS, {
        label: e.label,
        kind: 'entity',
        type: e.type,
        status: e.status,
        notes: e.notes,
        x: p?.x,
        y: p?.y,
        created: e.createdAt,
        modified: e.modifiedAt,
        properties: e.properties,
        aliases: (view.aliases.get(e.id) ?? []).join('\n'),
      })}${yedNode(e.label, p, esc)}</node>`,
    );
  }
  for (const ev of view.events) {
    nodeIds.add(ev.id);
    const p = pos.get(ev.id);
    nodes.push(
      `    <node id="${esc(ev.id)}">${data(NODE_KEYS, {
        label: ev.title,
        kind: 'event',
        type: 'event',
        status: ev.status,
        notes: ev.description,
        start: ev.startAt,
        end: ev.endAt,
        date_precision: ev.datePrecision,
        location: ev.locationEntityId,
        x: p?.x,
        y: p?.y,
        created: ev.createdAt,
        modified: ev.modifiedAt,
        properties: ev.properties,
      })}${yedNode(ev.title, p, esc)}</node>`,
    );
  }
  for (const l of view.links) {
    if (!nodeIds.has(l.sourceId) || !nodeIds.has(l.targetId)) continue;
    edges.push({
      directed: l.directed,
      xml: `id="${esc(l.id)}" source="${esc(l.sourceId)}" target="${esc(l.targetId)}">${data(EDGE_KEYS, {
        kind: 'link',
        type: l.type,
        confidence: l.confidence,
        credibility: l.credibility,
        status: l.status,
        first_seen: l.firstSeen,
        last_seen: l.lastSeen,
        created: l.createdAt,
        modified: l.modifiedAt,
        properties: l.properties,
      })}${yedEdge(l.type, l.directed, esc)}</edge>`,
    });
  }
  for (const p of view.participants) {
    if (!nodeIds.has(p.entityId) || !nodeIds.has(p.eventId)) continue;
    const type = p.role ? `participant:${p.role}` : 'participant';
    edges.push({
      directed: true,
      xml: `id="${esc(p.id)}" source="${esc(p.entityId)}" target="${esc(p.eventId)}">${data(EDGE_KEYS, {
        kind: 'participant',
        type,
        role: p.role,
        created: p.createdAt,
        modified: p.modifiedAt,
      })}${yedEdge(type, true, esc)}</edge>`,
    });
  }
  const allDirected = edges.length > 0 && edges.every((e) => e.directed);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...NODE_KEYS, ...EDGE_KEYS].map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    '  <key id="g_producer" for="graph" attr.name="producer" attr.type="string"/>',
    ...YED_KEYS,
    `  <graph id="${esc(view.meta.id)}" edgedefault="${allDirected ? 'directed' : 'undirected'}">`,
    '    <data key="g_producer">dossier</data>',
    ...nodes,
    ...edges.map((e) => `    <edge directed="${e.directed}" ${e.xml}`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return { xml: lines.join('\n'), nodes: nodeIds.size, edges: edges.length };
}
