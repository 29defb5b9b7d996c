import { type ExportScope, selectRecords } from '../bundle/select.js';
import { checkTlp } from '../bundle/tlp-check.js';
import type { ReadableCase } from '../store/case-store.js';
import type {
  AliasRecord,
  CaseMeta,
  ChartNodeRecord,
  ChartRecord,
  CitationRecord,
  DocumentRecord,
  EntityRecord,
  EventRecord,
  LinkRecord,
  ParticipantRecord,
  Tlp,
} from '../store/records.js';

/** What an interchange export shows: the records of a scope, grouped for writers to walk. */
export interface CaseView {
  meta: CaseMeta;
  tlp: Tlp;
  entities: EntityRecord[];
  aliases: Map<string, string[]>;
  aliasRecords: Map<string, AliasRecord[]>;
  links: LinkRecord[];
  events: EventRecord[];
  participants: ParticipantRecord[];
  documents: DocumentRecord[];
  citations: CitationRecord[];
  chart: ChartRecord | null;
  chartNodes: ChartNodeRecord[];
  /** Every chart in scope: all of a case's, the one chart of a chart export, none of a selection. */
  charts: ChartRecord[];
}

export interface ViewOptions {
  scope?: ExportScope;
  tlp?: Tlp;
}

/** Loads a scope (whole case, chart or selection, with dependencies), refusing anything above the TLP. */
export function loadView(store: ReadableCase, options: ViewOptions = {}): CaseView {
  const meta = store.meta();
  const scope = options.scope ?? { kind: 'case' };
  const tlp = options.tlp ?? meta.tlp;
  const { selection, chartId } = selectRecords(store, scope);
  checkTlp(store, selection, tlp);
  const keep = <T extends { id: string }>(kind: keyof NonNullable<typeof selection>, rows: Iterable<T>): T[] =>
    [...rows].filter((r) => !selection || selection[kind].has(r.id));
  const entities = keep('entity', store.iterate('entity'));
  const aliases = new Map<string, string[]>();
  const aliasRecords = new Map<string, AliasRecord[]>();
  for (const a of keep('alias', store.iterate('alias'))) {
    aliases.set(a.entityId, [...(aliases.get(a.entityId) ?? []), a.alias]);
    aliasRecords.set(a.entityId, [...(aliasRecords.get(a.entityId) ?? []), a]);
  }
  const charts = chartId ? [store.require('chart', chartId)] : [];
  return {
    meta,
    tlp,
    entities,
    aliases,
    aliasRecords,
    links: keep('link', store.iterate('link')),
    events: keep('event', store.iterate('event')),
    participants: keep('participant', store.iterate('participant')),
    documents: keep('document', store.iterate('document')),
    citations: keep('citation', store.iterate('citation')),
    chart: charts[0] ?? null,
    charts: chartId ? charts : selection ? [] : [...store.iterate('chart')],
    chartNodes: chartId ? store.list('chartNode', { chartId }) : [],
  };
}
