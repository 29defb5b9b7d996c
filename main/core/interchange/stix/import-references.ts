import type { LinkRecord } from '../../store/records.js';
import { derivedRecordId, isoTimestamp } from '../derived-ids.js';
import { isOwn, type StixObject } from './import-objects.js';

/** Reference properties that are provenance or markings, not a tie between two things in the case. */
const NOT_TIES = new Set(['created_by_ref', 'object_marking_refs', 'x_mitre_modified_by_ref', 'sample_refs']);

/** How a reference reads as a link type; others read as their property name without `_ref(s)`. */
const WORDS: Record<string, string> = {
  object_refs: 'observed',
  parent_directory_ref: 'in directory',
  contains_refs: 'contains',
  from_ref: 'from',
  sender_ref: 'sender',
  to_refs: 'to',
  cc_refs: 'cc',
  bcc_refs: 'bcc',
  resolves_to_refs: 'resolves to',
  belongs_to_refs: 'belongs to',
  src_ref: 'source',
  dst_ref: 'destination',
  creator_user_ref: 'created by user',
  image_ref: 'image',
  parent_ref: 'parent',
  child_refs: 'child',
};

/** A link's property marking it as drawn from a reference inside a STIX object, not a relationship. */
export const STIX_REF = 'stixRef';

/**
 * Ties STIX states inside objects rather than as relationships — observed-data's `object_refs`,
 * a file's `parent_directory_ref`, an email's `from_ref`/`to_refs`, a matrix's `tactic_refs` —
 * drawn as links so the chart shows what hangs together. They are bookkeeping (`stixRef`): the
 * export writes the source objects, which already carry these references, and no relationship.
 */
export function referenceLinks(
  objects: StixObject[],
  recordOf: Map<string, { kind: 'entity' | 'event'; id: string }>,
  entityDates: Map<string, { createdAt: string; modifiedAt: string; caseId: string }>,
): LinkRecord[] {
  const links: LinkRecord[] = [];
  for (const o of objects) {
    const source = recordOf.get(o.id);
    if (source?.kind !== 'entity' || isOwn(o) || o.type === 'grouping' || o.type === 'report') continue;
    const dates = entityDates.get(source.id)!;
    for (const [prop, value] of Object.entries(o)) {
      if (NOT_TIES.has(prop)) continue;
      const refs = prop.endsWith('_ref') ? [value] : prop.endsWith('_refs') && Array.isArray(value) ? value : [];
      for (const ref of refs) {
        const target = typeof ref === 'string' ? recordOf.get(ref) : undefined;
        if (target?.kind !== 'entity' || target.id === source.id) continue;
        const seed = `stix-ref:${o.id}|${prop}|${String(ref)}`;
        links.push({
          id: derivedRecordId(seed, isoTimestamp(o.created) ?? null),
          ...dates,
          sourceId: source.id,
          targetId: target.id,
          type: WORDS[prop] ?? prop.replace(/_refs?$/, '').replace(/_/g, ' '),
          directed: true,
          confidence: 0.5,
          credibility: null,
          firstSeen: null,
          lastSeen: null,
          status: 'suggested',
          properties: { [STIX_REF]: `${o.id} ${prop}` },
        });
      }
    }
  }
  return links;
}
