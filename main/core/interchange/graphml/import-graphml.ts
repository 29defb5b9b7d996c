import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { DATE_PRECISIONS, STATUSES as REVIEW_STATUSES, isCredibility } from '../../../../lib/vocabulary/index.js';
import { DossierError } from '../../errors.js';
import { nowIso } from '../../ids.js';
import type {
  AliasRecord,
  DatePrecision,
  EntityRecord,
  EventRecord,
  LinkRecord,
  ParticipantRecord,
  Status,
} from '../../store/records.js';
import { derivedRecordId, isoTimestamp, recordIdFrom } from '../derived-ids.js';
import { yedNodeLabels } from './yed-labels.js';

const STATUSES = new Set<string>(REVIEW_STATUSES);
const PRECISIONS = new Set<string>(DATE_PRECISIONS);

function status(v: unknown): Status {
  return (STATUSES.has(String(v)) ? v : 'suggested') as Status;
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/** A Dossier file's record properties (JSON); anything else yields none. */
function json(v: unknown): Record<string, unknown> | null {
  if (typeof v !== 'string') return null;
  try {
    const o = JSON.parse(v) as unknown;
    return o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface GraphmlRecords {
  entity: EntityRecord[];
  alias: AliasRecord[];
  event: EventRecord[];
  participant: ParticipantRecord[];
  link: LinkRecord[];
}

/**
 * GraphML nodes as entities and edges as links (read with graphology-graphml, which types the
 * attributes from their <key> declarations and each edge's direction from GraphML's `directed`).
 * A file Dossier wrote (graph data `producer` = dossier) comes back as it was: events stay events,
 * participation edges participants, with ids, dates and properties. Ids that are Dossier ids are
 * kept; others give derived ids. Nodes and edges without dates are dated by the import.
 */
export function graphmlToRecords(
  xml: string,
  caseId: string,
  label: string,
  importedAt: string = nowIso(),
): GraphmlRecords {
  let graph: Graph;
  try {
    graph = parse(Graph, xml, { addMissingNodes: false });
  } catch (e) {
    throw new DossierError('import-failed', `${label} cannot be read as GraphML: ${(e as Error).message}`);
  }
  const ours = graph.getAttribute('producer') === 'dossier';
  const out: GraphmlRecords = { entity: [], alias: [], event: [], participant: [], link: [] };
  const stamp = (key: string, seed: string, a: Record<string, unknown>) => {
    const created = isoTimestamp(a.created);
    return {
      id: recordIdFrom(key, seed, created),
      caseId,
      createdAt: created ?? importedAt,
      modifiedAt: isoTimestamp(a.modified) ?? created ?? importedAt,
    };
  };
  const ids = new Map<string, string>();
  const yed = yedNodeLabels(xml);
  graph.forEachNode((key, a) => {
    const b = stamp(key, `graphml:${key}`, a);
    ids.set(key, b.id);
    const properties = (ours ? json(a.properties) : null) ?? { graphmlId: key };
    if (ours && a.kind === 'event') {
      const precision = String(a.date_precision ?? 'unknown');
      out.event.push({
        ...b,
        title: text(a.label) ?? key,
        startAt: text(a.start),
        endAt: text(a.end),
        datePrecision: (PRECISIONS.has(precision) ? precision : 'unknown') as DatePrecision,
        locationEntityId: text(a.location),
        description: text(a.notes) ?? '',
        status: status(a.status),
        properties,
      });
      return;
    }
    out.entity.push({
      ...b,
      type: text(a.type) ?? 'organization',
      label: text(a.label) ?? text(a.name) ?? yed.get(key) ?? key,
      properties,
      notes: text(a.notes) ?? '',
      status: status(a.status),
    });
    for (const alias of (text(a.aliases) ?? '').split('\n').filter(Boolean)) {
      out.alias.push({
        id: derivedRecordId(`${b.id}|alias|${alias}`, b.createdAt),
        caseId,
        createdAt: b.createdAt,
        modifiedAt: b.createdAt,
        entityId: b.id,
        alias,
      });
    }
  });
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const b = stamp(key, `graphml:edge:${key}`, a);
    if (ours && a.kind === 'participant') {
      out.participant.push({
        ...b,
        eventId: ids.get(target)!,
        entityId: ids.get(source)!,
        role: typeof a.role === 'string' ? a.role : '',
      });
      return;
    }
    const conf = Number(a.confidence);
    const cred = Number(a.credibility);
    out.link.push({
      ...b,
      sourceId: ids.get(source)!,
      targetId: ids.get(target)!,
      type: text(a.type) ?? text(a.label) ?? 'related-to',
      // Files from before per-edge direction carried it as a `directed` data attribute.
      directed: typeof a.directed === 'boolean' ? a.directed : !undirected,
      confidence: a.confidence !== undefined && Number.isFinite(conf) && conf >= 0 && conf <= 1 ? conf : 0.5,
      credibility: isCredibility(cred) ? cred : null,
      firstSeen: text(a.first_seen),
      lastSeen: text(a.last_seen),
      status: status(a.status),
      properties: (ours ? json(a.properties) : null) ?? { graphmlId: key },
    });
  });
  return out;
}
