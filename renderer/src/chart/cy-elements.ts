import type { ElementDefinition } from 'cytoscape';
import type { ChartData, ChartEdge, ChartNode, ChartPlacement } from '../../../preload/contract/chart.js';
import { entityStyle } from '../entity-types.js';
import { eventDateText } from '../../../lib/graph/event-date.js';
import { linkTypeLabel } from '../../../lib/vocabulary/event-types.js';
import type { RuleStyle } from '../../../lib/graph/formatting-rules.js';
import { eventOfLink } from './event-links.js';
import { typeIcon } from './type-icons.js';

export const NODE_SIZE = 34;

/**
 * The small text under a node's name: mention count and source grade, e.g. "3× · B"; for an
 * event its date comes first ("30 Nov 2025 · B"), so events read as dated at a glance.
 */
export function badgeText(n: ChartNode): string {
  const parts = [];
  const date = n.kind === 'event' ? eventDateText(n.startAt, n.endAt, n.precision) : null;
  if (date) parts.push(date);
  else if (n.mentions) parts.push(`${n.mentions}×`);
  if (n.reliability) parts.push(n.reliability);
  return parts.join(' · ');
}

function iconOf(style: RuleStyle | undefined, type: string): string {
  return (typeof style?.icon === 'string' && typeIcon(style.icon)) || typeIcon(type);
}

export function nodeElement(
  n: ChartNode,
  p: ChartPlacement | undefined,
  style: RuleStyle | undefined,
): ElementDefinition {
  const t = entityStyle(n.kind === 'event' ? 'event' : n.type);
  const badge = badgeText(n);
  return {
    group: 'nodes',
    data: {
      id: n.id,
      parent: p?.groupId ?? undefined,
      label: badge ? `${n.label}\n${badge}` : n.label,
      name: n.label,
      kind: n.kind,
      type: n.type,
      status: n.status,
      color: (style?.color as string | undefined) ?? t.color,
      border: (style?.borderColor as string | undefined) ?? t.color,
      size: (style?.size as number | undefined) ?? NODE_SIZE,
      // A rule may swap the icon for another type's. Left out when none loaded: an empty
      // background-image breaks Cytoscape's style parser.
      ...(iconOf(style, t.type) ? { icon: iconOf(style, t.type) } : {}),
    },
    position: p ? { x: p.x, y: p.y } : { x: 0, y: 0 },
    classes: [n.kind, n.status, p?.hidden ? 'user-hidden' : '', p?.locked ? 'locked' : ''].filter(Boolean).join(' '),
    locked: p?.locked ?? false,
  };
}

export function groupElement(p: ChartPlacement): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: p.subjectId,
      label: typeof p.style.label === 'string' ? p.style.label : 'Group',
      kind: 'group',
      color: '#8893a3',
      border: '#8893a3',
      size: NODE_SIZE,
    },
    position: { x: p.x, y: p.y },
    classes: 'group',
  };
}

export function edgeElement(e: ChartEdge, style: RuleStyle | undefined): ElementDefinition {
  const folded = eventOfLink(e.id);
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      label:
        e.kind === 'participant' || folded
          ? e.type
          : `${linkTypeLabel(e.type)}${e.credibility ? ` (${e.credibility})` : ''}`,
      type: e.type,
      ...(folded ? { eventId: folded } : {}),
      width: (style?.width as number | undefined) ?? 1 + 4 * e.confidence,
      color: (style?.color as string | undefined) ?? (e.kind === 'participant' ? '#c9a3bb' : '#8c96a5'),
    },
    classes: [
      e.kind,
      folded ? 'event-link' : '',
      e.directed ? 'directed' : '',
      e.status === 'confirmed' ? 'confirmed' : 'unconfirmed',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Every element of a chart, ready for `cy.add`. Groups come first so members can name them as parent. */
export function chartElements(
  data: ChartData,
  nodeStyles: Map<string, RuleStyle>,
  edgeStyles: Map<string, RuleStyle>,
): ElementDefinition[] {
  const placements = new Map(data.placements.map((p) => [p.subjectId, p]));
  const groups = data.placements.filter((p) => p.style.group === true).map(groupElement);
  const nodes = data.nodes.map((n) => nodeElement(n, placements.get(n.id), nodeStyles.get(n.id)));
  const edges = data.edges.map((e) => edgeElement(e, edgeStyles.get(e.id)));
  return [...groups, ...nodes, ...edges];
}
