import { randomUUID } from 'node:crypto';
import { nowIso } from '../../ids.js';
import type { CitationRecord, DocumentRecord, Reliability, Tlp } from '../../store/records.js';
import type { CaseView } from '../case-view.js';
import { stixIdFor } from '../derived-ids.js';
import { ownEntityObject, ownLinkObject, type Common } from './export-own.js';
import { importedEntity, importedEvent, importedLink, importedReport } from './export-imported.js';
import { obj, sourceObjectOf, type StixObject } from './import-objects.js';
import { STIX_REF } from './import-references.js';
import { clean } from './stix-clean.js';
import { knownTlpDefinition, tlpMarkingId } from './tlp-markings.js';

export interface StixExport {
  bundle: { type: 'bundle'; id: string; objects: StixObject[] };
  /** Records with no valid STIX form, by reason (e.g. a place with no country, region or coordinates). */
  skipped: Record<string, number>;
}

export function buildStixBundle(view: CaseView): StixExport['bundle'] {
  return buildStixExport(view).bundle;
}

/**
 * A case (or chart, or selection) as a STIX 2.1 bundle wrapped in a `report`, as OpenCTI and MISP
 * import them. Records Dossier made carry Dossier's identity as author and their TLP marking;
 * everything Dossier knows that STIX has no word for rides in `x_dossier_*` properties. Records
 * imported from STIX go back out as the source objects they were (export-imported.ts): their own
 * author, markings (or none), ids and every property, with only the analyst's edits applied.
 */
export function buildStixExport(view: CaseView): StixExport {
  const producer: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: stixIdFor('identity', `producer:${view.meta.id}`),
    created: view.meta.createdAt,
    modified: view.meta.modifiedAt,
    name: `Dossier case "${view.meta.title}"`,
    identity_class: 'system',
    x_dossier_producer: true,
  };
  const skipped: Record<string, number> = {};
  const docs = new Map(view.documents.map((d) => [d.id, d]));
  const citesBySubject = new Map<string, CitationRecord[]>();
  for (const c of view.citations) citesBySubject.set(c.subjectId, [...(citesBySubject.get(c.subjectId) ?? []), c]);
  const reliabilityOf = (id: string) =>
    bestReliability(
      (citesBySubject.get(id) ?? []).map((c) => docs.get(c.documentId)).filter((d): d is DocumentRecord => !!d),
    );

  const common: Common = (r, type, id, tlp: Tlp = view.tlp) => {
    const cites = citesBySubject.get(r.id) ?? [];
    return clean({
      type,
      spec_version: '2.1',
      id,
      created: r.createdAt,
      modified: r.modifiedAt,
      created_by_ref: producer.id,
      object_marking_refs: [tlpMarkingId(tlp)],
      external_references: cites
        .filter((c) => docs.has(c.documentId))
        .map((c) =>
          clean({
            source_name: 'dossier-document',
            external_id: c.documentId,
            description: `${docs.get(c.documentId)!.title}${c.quote ? `: "${c.quote}"` : ''}`,
            hashes: { 'SHA-256': docs.get(c.documentId)!.sha256 },
          }),
        ),
      x_dossier_id: r.id,
      x_dossier_case_id: r.caseId,
      x_dossier_source_reliability: reliabilityOf(r.id),
    });
  };

  const objects: StixObject[] = [];
  const idOf = new Map<string, string>();
  for (const e of view.entities) {
    const src = sourceObjectOf(e.properties);
    const o = src
      ? importedEntity(src, e, view.aliases.get(e.id) ?? [])
      : ownEntityObject(e, view.aliasRecords.get(e.id) ?? [], common);
    if (!o) {
      skipped['location (no country, region or coordinates)'] =
        (skipped['location (no country, region or coordinates)'] ?? 0) + 1;
      continue;
    }
    idOf.set(e.id, o.id);
    objects.push(o);
  }
  for (const ev of view.events) {
    const src = sourceObjectOf(ev.properties);
    const id = src?.id ?? stixIdFor('incident', ev.id);
    idOf.set(ev.id, id);
    if (src) {
      objects.push(importedEvent(src, ev));
      continue;
    }
    objects.push(
      clean({
        ...common(ev, 'incident', id),
        name: ev.title,
        description: ev.description,
        x_dossier_start: ev.startAt,
        x_dossier_end: ev.endAt,
        x_dossier_date_precision: ev.datePrecision,
        x_dossier_status: ev.status,
        x_dossier_properties: ev.properties,
      }),
    );
    const place = ev.locationEntityId && idOf.get(ev.locationEntityId);
    if (place) {
      objects.push(
        clean({
          ...common(ev, 'relationship', stixIdFor('relationship', `location:${ev.id}`)),
          relationship_type: 'located-at',
          source_ref: id,
          target_ref: place,
          x_dossier_kind: 'event-location',
          x_dossier_id: undefined,
        }),
      );
    }
  }
  const eventSources = new Map(view.events.map((ev) => [ev.id, obj(ev.properties.stixRelationships)]));
  for (const p of view.participants) {
    const from = idOf.get(p.entityId);
    const to = idOf.get(p.eventId);
    if (!from || !to) continue;
    const src = obj(eventSources.get(p.eventId)?.[p.id]);
    if (typeof src.id === 'string') {
      objects.push(src as StixObject);
      continue;
    }
    objects.push(
      clean({
        ...common(p, 'relationship', stixIdFor('relationship', p.id)),
        relationship_type: 'related-to',
        source_ref: from,
        target_ref: to,
        x_dossier_kind: 'participant',
        x_dossier_role: p.role,
      }),
    );
  }
  for (const l of view.links) {
    // A reference drawn as a link is already in the source object that holds it.
    if (typeof l.properties[STIX_REF] === 'string') continue;
    const source = idOf.get(l.sourceId);
    const target = idOf.get(l.targetId);
    if (!source || !target) {
      skipped['link (an end left out)'] = (skipped['link (an end left out)'] ?? 0) + 1;
      continue;
    }
    const src = sourceObjectOf(l.properties);
    objects.push(
      src ? importedLink(src, l, source, target) : ownLinkObject(l, source, target, common, reliabilityOf(l.id)),
    );
  }
  for (const d of view.documents) {
    const src = sourceObjectOf(d.properties);
    if (src?.type === 'report') objects.push(importedReport(src, d));
  }
  for (const c of view.charts) {
    const src = sourceObjectOf(c.settings);
    if (src?.type === 'grouping')
      objects.push(c.name === src.name || src.name === undefined ? src : { ...src, name: c.name });
  }
  const unique = [...new Map(objects.map((o) => [o.id, o])).values()];
  const report: StixObject = clean({
    type: 'report',
    spec_version: '2.1',
    id: stixIdFor('report', `${view.meta.id}:${view.chart?.id ?? 'case'}`),
    created: view.meta.createdAt,
    modified: nowIso(),
    published: nowIso(),
    created_by_ref: producer.id,
    name: view.chart ? `${view.meta.title} — ${view.chart.name}` : view.meta.title,
    description: view.meta.description,
    report_types: ['threat-report'],
    object_marking_refs: [tlpMarkingId(view.tlp)],
    object_refs: [producer.id, ...unique.map((o) => o.id)],
    external_references: view.documents
      .filter((d) => !sourceObjectOf(d.properties))
      .map((d) =>
        clean({
          source_name: 'dossier-document',
          external_id: d.id,
          description: d.title,
          url: /^https?:\/\/\S+$/.test(d.sourceUri) ? d.sourceUri : undefined,
          hashes: { 'SHA-256': d.sha256 },
        }),
      ),
    x_dossier_documents: view.documents.map((d) =>
      clean({
        id: d.id,
        title: d.title,
        sha256: d.sha256,
        mime_type: d.mimeType,
        published_at: d.publishedAt,
        reliability: d.reliability,
        tlp: d.tlp,
      }),
    ),
    x_dossier_case_id: view.meta.id,
  });
  const all = [producer, report, ...unique];
  return {
    bundle: {
      type: 'bundle',
      id: `bundle--${randomUUID()}`,
      objects: [...markingsFor(all, new Set(unique.map((o) => o.id))), ...all],
    },
    skipped,
  };
}

/** The TLP marking definitions the objects refer to (other markings travel as the objects they are). */
function markingsFor(objects: StixObject[], present: Set<string>): StixObject[] {
  const refs = new Set<string>();
  for (const o of objects) {
    for (const r of Array.isArray(o.object_marking_refs) ? o.object_marking_refs : []) refs.add(String(r));
    for (const g of Array.isArray(o.granular_markings) ? o.granular_markings : []) refs.add(String(obj(g).marking_ref));
  }
  return [...refs]
    .filter((r) => !present.has(r))
    .map(knownTlpDefinition)
    .filter((d): d is StixObject => !!d);
}

function bestReliability(docs: DocumentRecord[]): Reliability | undefined {
  return docs
    .map((d) => d.reliability)
    .filter((r): r is Reliability => !!r)
    .sort()[0];
}
