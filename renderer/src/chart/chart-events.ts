import type { EventObject, NodeSingular } from 'cytoscape';
import type { Selection } from '../shell/shell-context.js';
import type { ChartCanvas } from './chart-canvas.js';
import type { LinkDraft } from './link-dialog.js';

/** Where the right-click menu opened, and on which node. */
export interface MenuAt {
  x: number;
  y: number;
  id: string;
  locked: boolean;
}

/** What the canvas asks of the view; read through a ref so listeners are bound once. */
export interface CanvasHandlers {
  expand(ids: string[]): void;
  startLink(d: LinkDraft): void;
  openMenu(m: MenuAt): void;
  tapNode(id: string): void;
  selected(ids: string[]): void;
  select(s: Selection): void;
  moved(): void;
  viewport(): void;
  linkTool: boolean;
}

/** Binds Cytoscape's events to the handlers: selection, expand, menu, drags, the link tool. */
export function bindCanvasEvents(c: ChartCanvas, handlers: { current: CanvasHandlers }): void {
  const cy = c.cy;
  cy.on('select unselect', () => {
    const sel = cy.$(':selected').not('.ghost').not('.group');
    markParticipants(c);
    handlers.current.selected(sel.map((el) => el.id()));
    if (sel.length !== 1) return;
    const el = sel.first();
    // A folded event's edge stands for the event.
    const folded = el.isEdge() ? (el.data('eventId') as string | undefined) : undefined;
    if (folded) return handlers.current.select({ kind: 'event', id: folded });
    const kind = el.isEdge()
      ? el.hasClass('participant')
        ? 'event'
        : 'link'
      : el.hasClass('event')
        ? 'event'
        : 'entity';
    handlers.current.select({ kind, id: el.isEdge() && el.hasClass('participant') ? el.source().id() : el.id() });
  });
  cy.on('dbltap', 'node', (e: EventObject) => {
    const n = e.target as NodeSingular;
    if (!n.hasClass('group')) handlers.current.expand([n.id()]);
  });
  cy.on('cxttap', 'node', (e: EventObject) => {
    const n = e.target as NodeSingular;
    if (!n.hasClass('group') && !n.hasClass('ghost'))
      handlers.current.openMenu({ x: e.renderedPosition.x, y: e.renderedPosition.y, id: n.id(), locked: n.locked() });
  });
  cy.on('tap', 'node', (e: EventObject) => handlers.current.tapNode((e.target as NodeSingular).id()));
  cy.on('dragfree', 'node', () => handlers.current.moved());
  cy.on('viewport', () => handlers.current.viewport());
  bindLinkTool(c, handlers);
}

/** The link tool: press on a node, drag to another, release; a ghost edge follows the pointer. */
function bindLinkTool(c: ChartCanvas, handlers: { current: CanvasHandlers }): void {
  const cy = c.cy;
  let from: NodeSingular | null = null;
  cy.on('tapstart', 'node', (e: EventObject) => {
    if (!handlers.current.linkTool) return;
    from = e.target as NodeSingular;
    cy.add([
      { group: 'nodes', data: { id: '__ghost' }, position: { ...e.position }, classes: 'ghost' },
      { group: 'edges', data: { id: '__ghost-edge', source: from.id(), target: '__ghost' }, classes: 'ghost' },
    ]);
  });
  cy.on('tapdrag', (e: EventObject) => {
    if (from) cy.getElementById('__ghost').position({ ...e.position });
  });
  cy.on('tapend', (e: EventObject) => {
    if (!from) return;
    const start = from;
    from = null;
    cy.remove('.ghost');
    const hit = cy
      .nodes()
      .filter((n) => !n.hasClass('group') && !n.hasClass('ghost') && n.id() !== start.id() && within(n, e.position));
    const target = hit.first();
    if (target.nonempty() && !start.hasClass('event') && !target.hasClass('event')) {
      handlers.current.startLink({
        sourceId: start.id(),
        targetId: target.id(),
        sourceLabel: String(start.data('name')),
        targetLabel: String(target.data('name')),
        sourceType: String(start.data('type')),
        targetType: String(target.data('type')),
      });
    }
  });
}

/**
 * A selected event (a node, or a folded event's edge) lights up its participants, so the
 * answer to "who took part" is on the chart wherever the event was picked.
 */
function markParticipants(c: ChartCanvas): void {
  const cy = c.cy;
  const events = new Set<string>();
  cy.$('node.event:selected').forEach((n) => {
    events.add(n.id());
  });
  cy.$('edge.event-link:selected').forEach((e) => {
    events.add(String(e.data('eventId')));
  });
  cy.batch(() => {
    cy.$('.with-selected').removeClass('with-selected');
    for (const id of events) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.neighborhood('node').addClass('with-selected');
      cy.edges('.event-link')
        .filter((e) => e.data('eventId') === id)
        .addClass('with-selected')
        .connectedNodes()
        .addClass('with-selected');
    }
  });
}

function within(n: NodeSingular, p: { x: number; y: number }): boolean {
  const b = n.boundingBox({ includeLabels: false });
  return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
}
