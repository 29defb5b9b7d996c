import type { ChartEdge, ChartNode } from '../../preload/contract/chart.js';
import type { Reliability, Status } from '../vocabulary/index.js';
import { dateValue, overlapsWindow, partialDateBounds, timeSpan } from './time-span.js';

/** What the analyst chose to see. Every field is optional; an empty filter passes everything but rejected items. */
export interface ChartFilter {
  entityTypes?: readonly string[];
  linkTypes?: readonly string[];
  minConfidence?: number;
  /** The worst Admiralty credibility still shown (1 best … 6). Ungraded links pass. */
  maxCredibility?: number;
  /** The worst source reliability still shown (A best … F). Ungraded items pass. */
  worstReliability?: Reliability;
  statuses?: readonly Status[];
  /** A date window (ISO dates, either side open). Applies to events and dated links. */
  window?: { from: string | null; to: string | null };
  /** Undated events and links inside a date window: kept (default) or dropped. */
  keepUndated?: boolean;
  /** Play through time: only what the case knew by this date. */
  asOf?: string | null;
}

export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
}

const DEFAULT_STATUSES: readonly Status[] = ['suggested', 'confirmed'];

export function applyFilter(
  nodes: readonly ChartNode[],
  edges: readonly ChartEdge[],
  filter: ChartFilter,
): FilterResult {
  const types = filter.entityTypes ? new Set(filter.entityTypes) : null;
  const linkTypes = filter.linkTypes ? new Set(filter.linkTypes) : null;
  const statuses = new Set(filter.statuses ?? DEFAULT_STATUSES);
  const from = dateValue(filter.window?.from);
  const to = windowEnd(filter.window?.to);
  const windowed = from !== null || to !== null;
  const keepUndated = filter.keepUndated ?? true;
  const asOf = windowEnd(filter.asOf);
  const known = (knownFrom: string | null) => asOf === null || knownFrom === null || dateValue(knownFrom)! <= asOf;
  const gradeOk = (r: Reliability | null) => !filter.worstReliability || r === null || r <= filter.worstReliability;

  const passNodes = new Set<string>();
  for (const n of nodes) {
    if (!statuses.has(n.status) || !known(n.knownFrom) || !gradeOk(n.reliability)) continue;
    if (n.kind === 'entity' && types && !types.has(n.type)) continue;
    if (n.kind === 'event') {
      if (types && !types.has('event')) continue;
      if (windowed) {
        const span = timeSpan(n.startAt, n.endAt, n.precision);
        if (span ? !overlapsWindow(span, from, to) : !keepUndated) continue;
      }
    }
    passNodes.add(n.id);
  }
  const passEdges = new Set<string>();
  for (const e of edges) {
    if (!passNodes.has(e.source) || !passNodes.has(e.target)) continue;
    if (!statuses.has(e.status) || !known(e.knownFrom)) continue;
    if (e.kind === 'link') {
      if (linkTypes && !linkTypes.has(e.type)) continue;
      if (filter.minConfidence !== undefined && e.confidence < filter.minConfidence) continue;
      if (filter.maxCredibility !== undefined && e.credibility !== null && e.credibility > filter.maxCredibility)
        continue;
      if (!gradeOk(e.reliability)) continue;
      if (windowed) {
        const span = timeSpan(e.firstSeen, e.lastSeen, e.firstSeen && !e.lastSeen ? 'range' : 'day');
        if (span ? !overlapsWindow(span, from, to) : !keepUndated) continue;
      }
    }
    passEdges.add(e.id);
  }
  return { nodes: passNodes, edges: passEdges };
}

/** A window's end date includes the whole day (or month, or year) it names. */
function windowEnd(text: string | null | undefined): number | null {
  if (!text) return null;
  const b = partialDateBounds(text);
  if (!b) return null;
  return b.unit === 'instant' ? b.from : b.to - 1;
}
