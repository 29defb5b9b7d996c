import type { CaseView } from '../case-view.js';

type AttrType = 'string' | 'double' | 'int' | 'boolean';
interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: AttrType;
}

const NODE_KEYS: Key[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_status', for: 'node', name: 'status', type: 'string' },
  { id: 'n_notes', for: 'node', name: 'notes', type: 'string' },
  { id: 'n_start', for: 'node', name: 'start', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
];
const EDGE_KEYS: Key[] = [
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_directed', for: 'edge', name: 'directed', type: 'boolean' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_credibility', for: 'edge', name: 'credibility', type: 'int' },
  { id: 'e_status', for: 'edge', name: 'status', type: 'string' },
  { id: 'e_first_seen', for: 'edge', name: 'first_seen', type: 'string' },
  { id: 'e_last_seen', for: 'edge', name: 'last_seen', type: 'string' },
];

function esc(s: string): string {
  // XML 1.0 forbids most control characters even when escaped: drop them.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function data(keys: Key[], values: Record<string, unknown>): string {
  return keys
    .filter((k) => values[k.name] !== null && values[k.name] !== undefined && values[k.name] !== '')
    .map((k) => `<data key="${k.id}">${esc(String(values[k.name]))}</data>`)
    .join('');
}

/**
 * Entities and events as nodes, links and event participation as edges, every attribute declared
 * with its GraphML type (Gephi, yEd, Cytoscape and networkx read these). Chart positions, when a
 * chart is exported, ride as x/y.
 */
export function buildGraphml(view: CaseView): { xml: string; nodes: number; edges: number } {
  const pos = new Map(view.chartNodes.map((n) => [n.subjectId, n]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...NODE_KEYS, ...EDGE_KEYS].map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    // One edge default for the whole graph (networkx refuses mixed graphs); whether each link
    // is really directed is its `directed` attribute.
    `  <graph id="${esc(view.meta.id)}" edgedefault="directed">`,
  ];
  const nodeIds = new Set<string>();
  for (const e of view.entities) {
    nodeIds.add(e.id);
    const p = pos.get(e.id);
    lines.push(`    <node id="${e.id}">${data(NODE_KEYS, { label: e.label, kind: 'entity', type: e.type, status: e.status, notes: e.notes, x: p?.x, y: p?.y })}</node>`);
  }
  for (const ev of view.events) {
    nodeIds.add(ev.id);
    const p = pos.get(ev.id);
    lines.push(`    <node id="${ev.id}">${data(NODE_KEYS, { label: ev.title, kind: 'event', type: 'event', status: ev.status, notes: ev.description, start: ev.startAt, x: p?.x, y: p?.y })}</node>`);
  }
  let edges = 0;
  for (const l of view.links) {
    if (!nodeIds.has(l.sourceId) || !nodeIds.has(l.targetId)) continue;
    edges++;
    lines.push(`    <edge id="${l.id}" source="${l.sourceId}" target="${l.targetId}">${data(EDGE_KEYS, {
      type: l.type, directed: l.directed, confidence: l.confidence, credibility: l.credibility, status: l.status, first_seen: l.firstSeen, last_seen: l.lastSeen,
    })}</edge>`);
  }
  for (const p of view.participants) {
    if (!nodeIds.has(p.entityId) || !nodeIds.has(p.eventId)) continue;
    edges++;
    lines.push(`    <edge id="${p.id}" source="${p.entityId}" target="${p.eventId}">${data(EDGE_KEYS, { type: p.role ? `participant:${p.role}` : 'participant', directed: true })}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return { xml: lines.join('\n'), nodes: nodeIds.size, edges };
}
