import type { Core } from 'cytoscape';

/** Cytoscape's own (3.34) switch that marks an element pressed; not in its types. */
interface Switchable {
  activate(...args: unknown[]): unknown;
  length: number;
  cy(): Core;
  every(test: (ele: { isEdge(): boolean }) => boolean): boolean;
}

const quiet = new WeakSet<Core>();
let patched = false;

/**
 * Pressing an edge of `cy` no longer marks it active. Its only effect was a faint overlay, but
 * any change of style throws away the layered bitmaps a big chart is drawn from, and for 250 ms
 * after, every frame drew each element one by one (200–300 ms a frame at 5,000 nodes): every pan
 * that began on an edge — most of a dense chart — stuttered for its first seconds. A tap still
 * selects the edge. The switch is shared by every Cytoscape instance, so it is wrapped once and
 * acts only for the instances named here.
 */
export function quietEdgePresses(cy: Core): void {
  quiet.add(cy);
  if (patched) return;
  const proto = Object.getPrototypeOf(cy.collection()) as Partial<Switchable>;
  const activate = proto.activate;
  if (typeof activate !== 'function') return;
  patched = true;
  proto.activate = function (this: Switchable, ...args: unknown[]) {
    // With arguments it binds a handler instead (Cytoscape's switch functions do both).
    if (args.length === 0 && this.length > 0 && quiet.has(this.cy()) && this.every((e) => e.isEdge())) return this;
    return activate.apply(this, args);
  };
}
