import { z } from 'zod';
import { credibilitySchema, type DatePrecision } from '../../lib/vocabulary/index.js';
import { linkType, recordId, status, type Reliability, type Status } from './common.js';
import { method, returns } from './define.js';

export type { DatePrecision };

/** An entity or an event as the chart draws it. `id` is the entity's or event's record id. */
export interface ChartNode {
  id: string;
  kind: 'entity' | 'event';
  /** Entity type (person, organization, …), or 'event'. */
  type: string;
  label: string;
  status: Status;
  /** Mentions in documents (entities) or citations (events). */
  mentions: number;
  /** The best reliability among the documents that mention it, for the grade badge. */
  reliability: Reliability | null;
  /** Events only: when it happened, as stored (ISO dates, possibly partial). */
  startAt: string | null;
  endAt: string | null;
  precision: DatePrecision | null;
  /** The earliest date the case could have known it (first dated evidence); null when undated. */
  knownFrom: string | null;
  properties: Record<string, unknown>;
}

/** A link between two entities, or an event joined to one of its participants. */
export interface ChartEdge {
  id: string;
  kind: 'link' | 'participant';
  source: string;
  target: string;
  /** Link type, or the participant's role (or 'participant'). */
  type: string;
  directed: boolean;
  confidence: number;
  /** Admiralty credibility 1 (confirmed) … 6 (cannot be judged); null when not graded. */
  credibility: number | null;
  /** The best reliability among the documents cited for it. */
  reliability: Reliability | null;
  status: Status;
  firstSeen: string | null;
  lastSeen: string | null;
  knownFrom: string | null;
  citations: number;
}

/** Where a node sits on one chart and how it is drawn there (a chartNode record). */
export interface ChartPlacement {
  subjectId: string;
  x: number;
  y: number;
  locked: boolean;
  hidden: boolean;
  groupId: string | null;
  style: Record<string, unknown>;
}

export interface ChartViewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface ChartSummary {
  id: string;
  name: string;
  nodes: number;
  modifiedAt: string;
}

export interface ChartData {
  chart: ChartSummary;
  viewport: ChartViewport | null;
  settings: Record<string, unknown>;
  placements: ChartPlacement[];
  /** The nodes placed on the chart (groups are placements whose style has `group: true`). */
  nodes: ChartNode[];
  /** Every edge between two placed nodes. */
  edges: ChartEdge[];
}

/** What the side panel lists: entities and events of the case that can be put on a chart. */
export interface ChartCandidate {
  id: string;
  kind: 'entity' | 'event';
  type: string;
  label: string;
  onChart: boolean;
}

export interface CitationChoice {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  /** The document's date and its source's grade, so the analyst cites the best passage. */
  documentDate?: string | null;
  documentReliability?: Reliability | null;
}

export interface ChartCitation extends CitationChoice {
  reliability: Reliability | null;
  publishedAt: string | null;
}

/** Everything the timeline view shows for a case. */
export interface TimelineData {
  /** Events and the entities taking part in them. */
  nodes: ChartNode[];
  /** Participant edges, event → entity. */
  edges: ChartEdge[];
  documents: { id: string; title: string; publishedAt: string | null }[];
}

export type TimelineLaneMode = 'entity' | 'type' | 'document';

/** One lane of the timeline: an entity, an event type or a document, or "Other events". */
export interface TimelineLaneInfo {
  key: string;
  label: string;
  /** Entity type for an entity lane (its colour and icon), 'document' for a document lane, else null. */
  type: string | null;
  /** Events in this lane in the whole case (not only the window). */
  count: number;
}

/** An event as the timeline draws it: times in epoch ms, an open side null. */
export interface TimelineEventMark {
  id: string;
  title: string;
  /** The lanes it appears in (an event with two charted participants shows in both lanes). */
  lanes: string[];
  start: number | null;
  end: number | null;
  kind: 'point' | 'span';
  openStart: boolean;
  openEnd: boolean;
  precision: DatePrecision | null;
  /** "30 Nov 2025", "Nov 2025", "since 2021". */
  dateText: string | null;
}

/** Events of one lane counted over one slice of time, when the window holds too many to draw one by one. */
export interface TimelineBucket {
  lane: string;
  from: number;
  to: number;
  count: number;
}

/** What the timeline needs to draw one window of time: never the whole case. */
export interface TimelineWindow {
  /** All dated events of the case (after focus and as-of), for zoom bounds; null when none. */
  extent: { from: number; to: number } | null;
  /** Where the axis opens: the 5th–95th percentile of event dates, padded. */
  bulk: { from: number; to: number } | null;
  /** The time this answer covers. */
  window: { from: number; to: number };
  lanes: TimelineLaneInfo[];
  /** Events in the window. */
  total: number;
  detail: 'events' | 'buckets';
  events: TimelineEventMark[];
  buckets: TimelineBucket[];
  /** Events outside the window on either side, with the nearest one's time (outlier markers jump there). */
  before: { count: number; nearest: number | null };
  after: { count: number; nearest: number | null };
  /** Dated documents in the window (at most `limit`). */
  documents: { id: string; title: string; t: number }[];
}

const chartId = recordId;
const name = z.string().trim().min(1).max(200);
const finite = z.number().finite();
const placementInput = z
  .object({
    subjectId: z.string().min(1).max(100),
    x: finite,
    y: finite,
    locked: z.boolean().optional(),
    hidden: z.boolean().optional(),
    groupId: z.string().min(1).max(100).nullable().optional(),
    style: z.record(z.unknown()).optional(),
  })
  .strict();
const viewport = z.object({ zoom: finite.positive(), pan: z.object({ x: finite, y: finite }).strict() }).strict();

export const chartMethods = {
  'chart:list': method(z.object({}).strict(), returns<ChartSummary[]>()),
  /** `fromCase`: start with the case's best-connected entities and their events. */
  'chart:create': method(z.object({ name, fromCase: z.boolean().default(false) }).strict(), returns<ChartSummary>()),
  'chart:rename': method(z.object({ chartId, name }).strict(), returns<ChartSummary>()),
  'chart:delete': method(z.object({ chartId }).strict(), returns<null>()),
  'chart:get': method(z.object({ chartId }).strict(), returns<ChartData>()),
  /**
   * Positions, lock/hide/group and styles of placed nodes; all or nothing. An undo step, unless
   * `automatic`: a layout the page ran by itself (a seeded chart's first open), never an undo step.
   */
  'chart:save-layout': method(
    z
      .object({
        chartId,
        placements: z.array(placementInput).max(100_000),
        viewport: viewport.optional(),
        automatic: z.boolean().default(false),
      })
      .strict(),
    returns<ChartSummary>(),
  ),
  'chart:save-view': method(
    z.object({ chartId, viewport: viewport.optional(), settings: z.record(z.unknown()).optional() }).strict(),
    returns<ChartSummary>(),
  ),
  /** Puts entities/events on the chart; those already there keep their place. */
  'chart:add-nodes': method(
    z.object({ chartId, placements: z.array(placementInput).min(1).max(50_000) }).strict(),
    returns<ChartData>(),
  ),
  /** Takes nodes off the chart (never out of the case). */
  'chart:remove-nodes': method(
    z.object({ chartId, subjectIds: z.array(z.string().min(1).max(100)).min(1).max(50_000) }).strict(),
    returns<ChartData>(),
  ),
  /** The entities/events within `hops` links of the given ones, optionally only along some link types. */
  'chart:neighbours': method(
    z
      .object({
        subjectIds: z.array(recordId).min(1).max(10_000),
        hops: z.number().int().min(1).max(5).default(1),
        linkTypes: z.array(z.string().min(1).max(64)).max(100).optional(),
      })
      .strict(),
    returns<{ nodes: ChartNode[]; edges: ChartEdge[] }>(),
  ),
  'chart:candidates': method(
    z
      .object({
        chartId,
        query: z.string().max(200).default(''),
        type: z.string().max(64).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    returns<ChartCandidate[]>(),
  ),
  /** Passages of documents that mention both entities, to cite for a new link. */
  'chart:citation-choices': method(
    z.object({ sourceId: recordId, targetId: recordId }).strict(),
    returns<CitationChoice[]>(),
  ),
  'chart:create-link': method(
    z
      .object({
        sourceId: recordId,
        targetId: recordId,
        type: linkType,
        directed: z.boolean().default(false),
        confidence: z.number().min(0).max(1).default(0.5),
        credibility: credibilitySchema.nullable().default(null),
        status: status.default('confirmed'),
        citation: z
          .object({ documentId: recordId, start: z.number().int().min(0), end: z.number().int().min(0) })
          .strict()
          .refine((c) => c.end >= c.start, 'a citation ends after it starts')
          .optional(),
      })
      .strict()
      .refine((a) => a.sourceId !== a.targetId, 'a link joins two different entities'),
    returns<ChartEdge>(),
  ),
  'chart:timeline': method(z.object({}).strict(), returns<TimelineData>()),
  /**
   * The events of one window of time, in lanes: detailed when few enough, counted in buckets when
   * not. Without from/to the window is the bulk of the case's events. `focusIds`: only events
   * involving these entities or events; `asOf`: only what was known by then.
   */
  'chart:timeline-window': method(
    z
      .object({
        from: finite.optional(),
        to: finite.optional(),
        lanes: z.enum(['entity', 'type', 'document']).default('entity'),
        laneLimit: z.number().int().min(1).max(50).default(12),
        limit: z.number().int().min(1).max(5000).default(600),
        focusIds: z.array(z.string().min(1).max(100)).max(5000).optional(),
        asOf: z.string().max(40).optional(),
      })
      .strict()
      .refine((a) => a.from === undefined || a.to === undefined || a.to > a.from, 'a window ends after it starts'),
    returns<TimelineWindow>(),
  ),
  /** The citations behind a node or an edge, for the details panel. */
  'chart:citations': method(z.object({ subjectId: recordId }).strict(), returns<ChartCitation[]>()),
};
