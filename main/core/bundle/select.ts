import { DossierError } from '../errors.js';
import type { ReadableCase } from '../store/case-store.js';
import { RECORD_KINDS } from '../store/record-kinds.js';
import type { RecordKind } from '../store/records.js';

export type ExportScope =
  { kind: 'case' } | { kind: 'chart'; chart: string } | { kind: 'selection'; ids: readonly string[] };

/** The ids to export per kind; `null` means every record of every kind (whole-case export). */
export type Selection = Record<RecordKind, Set<string>> | null;

/**
 * Turns a scope into the records to export, closed over what they depend on: entities' aliases;
 * links' endpoints; events' participants and place; chart nodes' subjects; the citations about
 * any of these and the documents those citations (and selected mentions) come from, with their
 * parent documents. Mentions travel when both their document and their entity do.
 */
export function selectRecords(
  store: ReadableCase,
  scope: ExportScope,
): { selection: Selection; chartId?: string; chartName?: string } {
  if (scope.kind === 'case') return { selection: null };
  const sel = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Set<string>()])) as Record<RecordKind, Set<string>>;
  let chartId: string | undefined;
  let chartName: string | undefined;
  if (scope.kind === 'chart') {
    const chart = store.get('chart', scope.chart) ?? store.list('chart', { name: scope.chart })[0];
    if (!chart) throw new DossierError('not-found', `no chart named or with id "${scope.chart}" in this case`);
    chartId = chart.id;
    chartName = chart.name;
    sel.chart.add(chart.id);
    for (const node of store.list('chartNode', { chartId: chart.id })) addAny(store, sel, node.subjectId);
    // Links drawn on a chart are the links between its entities.
    for (const link of store.iterate('link')) {
      if (sel.entity.has(link.sourceId) && sel.entity.has(link.targetId)) sel.link.add(link.id);
    }
  } else {
    for (const id of scope.ids) {
      if (!addAny(store, sel, id)) throw new DossierError('not-found', `nothing in this case has id ${id}`);
    }
  }
  close(store, sel);
  return { selection: sel, chartId, chartName };
}

function addAny(store: ReadableCase, sel: Record<RecordKind, Set<string>>, id: string): boolean {
  for (const kind of RECORD_KINDS) {
    if (store.get(kind, id)) {
      sel[kind].add(id);
      return true;
    }
  }
  return false;
}

function close(store: ReadableCase, sel: Record<RecordKind, Set<string>>): void {
  for (const id of sel.chart) for (const n of store.list('chartNode', { chartId: id })) sel.chartNode.add(n.id);
  for (const id of sel.link) {
    const l = store.require('link', id);
    sel.entity.add(l.sourceId).add(l.targetId);
  }
  for (const id of sel.event) {
    const e = store.require('event', id);
    if (e.locationEntityId) sel.entity.add(e.locationEntityId);
    for (const p of store.list('participant', { eventId: id })) {
      sel.participant.add(p.id);
      sel.entity.add(p.entityId);
    }
  }
  for (const id of sel.participant) {
    const p = store.require('participant', id);
    sel.event.add(p.eventId);
    sel.entity.add(p.entityId);
  }
  for (const id of sel.entity) for (const a of store.list('alias', { entityId: id })) sel.alias.add(a.id);
  for (const id of sel.alias) sel.entity.add(store.require('alias', id).entityId);
  for (const id of sel.mention) {
    const m = store.require('mention', id);
    sel.document.add(m.documentId);
    sel.entity.add(m.entityId);
  }
  const subjects = new Set([...sel.entity, ...sel.link, ...sel.event]);
  for (const c of store.iterate('citation')) if (subjects.has(c.subjectId)) sel.citation.add(c.id);
  for (const id of sel.citation) sel.document.add(store.require('citation', id).documentId);
  for (const id of [...sel.document]) {
    for (
      let d = store.get('document', id);
      d?.parentId && !sel.document.has(d.parentId);
      d = store.get('document', d.parentId)
    ) {
      sel.document.add(d.parentId);
    }
  }
  for (const m of store.iterate('mention'))
    if (sel.document.has(m.documentId) && sel.entity.has(m.entityId)) sel.mention.add(m.id);
  // Chart nodes travel with their chart; a node whose subject stays behind would dangle.
  for (const id of [...sel.chartNode]) {
    const n = store.require('chartNode', id);
    if (!sel.entity.has(n.subjectId) && !sel.event.has(n.subjectId) && !sel.link.has(n.subjectId))
      sel.chartNode.delete(id);
  }
}
