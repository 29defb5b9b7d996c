import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { STATUSES as REVIEW_STATUSES, isCredibility } from '../../../../lib/vocabulary/index.js';
import { DossierError } from '../../errors.js';
import type { EntityRecord, LinkRecord, Status } from '../../store/records.js';
import { recordIdFrom } from '../derived-ids.js';

const EPOCH = '1970-01-01T00:00:00.000Z';
const STATUSES = new Set<string>(REVIEW_STATUSES);

function status(v: unknown): Status {
  return (STATUSES.has(String(v)) ? v : 'suggested') as Status;
}

/**
 * GraphML nodes as entities and edges as links (read with graphology-graphml, which types the
 * attributes from their <key> declarations). An export's events and participation edges come back
 * as plain nodes and links. Ids that are Dossier ids are kept; others give derived ids.
 */
export function graphmlToRecords(xml: string, caseId: string, label: string): { entity: EntityRecord[]; link: LinkRecord[] } {
  let graph: Graph;
  try {
    graph = parse(Graph, xml, { addMissingNodes: false });
  } catch (e) {
    throw new DossierError('import-failed', `${label} cannot be read as GraphML: ${(e as Error).message}`);
  }
  const ids = new Map<string, string>();
  const entity: EntityRecord[] = [];
  graph.forEachNode((key, a) => {
    const id = recordIdFrom(key, `graphml:${key}`, EPOCH);
    ids.set(key, id);
    entity.push({
      id, caseId, createdAt: EPOCH, modifiedAt: EPOCH, type: typeof a.type === 'string' && a.type ? a.type : 'organization',
      label: typeof a.label === 'string' && a.label ? a.label : key, properties: { graphmlId: key },
      notes: typeof a.notes === 'string' ? a.notes : '', status: status(a.status),
    });
  });
  const link: LinkRecord[] = [];
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const conf = Number(a.confidence);
    const cred = Number(a.credibility);
    link.push({
      id: recordIdFrom(key, `graphml:edge:${key}`, EPOCH), caseId, createdAt: EPOCH, modifiedAt: EPOCH,
      sourceId: ids.get(source)!, targetId: ids.get(target)!, type: typeof a.type === 'string' && a.type ? a.type : 'related-to',
      directed: typeof a.directed === 'boolean' ? a.directed : !undirected,
      confidence: a.confidence !== undefined && Number.isFinite(conf) && conf >= 0 && conf <= 1 ? conf : 0.5,
      credibility: isCredibility(cred) ? cred : null,
      firstSeen: typeof a.first_seen === 'string' ? a.first_seen : null, lastSeen: typeof a.last_seen === 'string' ? a.last_seen : null,
      status: status(a.status), properties: { graphmlId: key },
    });
  });
  return { entity, link };
}
