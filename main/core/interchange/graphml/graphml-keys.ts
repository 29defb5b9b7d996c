type AttrType = 'string' | 'double' | 'int' | 'boolean';
export interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: AttrType;
}

const key = (f: 'node' | 'edge', name: string, type: AttrType = 'string'): Key => ({
  id: `${f[0]}_${name}`,
  for: f,
  name,
  type,
});

/** Node attributes; `properties` is the record's JSON, so a Dossier → GraphML → Dossier trip keeps it. */
export const NODE_KEYS: Key[] = [
  key('node', 'label'),
  key('node', 'kind'),
  key('node', 'type'),
  key('node', 'status'),
  key('node', 'notes'),
  key('node', 'aliases'),
  key('node', 'start'),
  key('node', 'end'),
  key('node', 'date_precision'),
  key('node', 'location'),
  key('node', 'x', 'double'),
  key('node', 'y', 'double'),
  key('node', 'created'),
  key('node', 'modified'),
  key('node', 'properties'),
];
export const EDGE_KEYS: Key[] = [
  key('edge', 'kind'),
  key('edge', 'type'),
  key('edge', 'role'),
  key('edge', 'confidence', 'double'),
  key('edge', 'credibility', 'int'),
  key('edge', 'status'),
  key('edge', 'first_seen'),
  key('edge', 'last_seen'),
  key('edge', 'created'),
  key('edge', 'modified'),
  key('edge', 'properties'),
];

/** yEd reads labels, arrows and positions only from its own graphics elements. */
export const YED_KEYS = [
  '  <key id="y_node" for="node" yfiles.type="nodegraphics"/>',
  '  <key id="y_edge" for="edge" yfiles.type="edgegraphics"/>',
];

export function yedNode(label: string, p: { x: number; y: number } | undefined, esc: (s: string) => string): string {
  const geometry = p ? `<y:Geometry x="${p.x}" y="${p.y}" width="30" height="30"/>` : '';
  return `<data key="y_node"><y:ShapeNode>${geometry}<y:NodeLabel>${esc(label)}</y:NodeLabel></y:ShapeNode></data>`;
}

export function yedEdge(label: string, directed: boolean, esc: (s: string) => string): string {
  return `<data key="y_edge"><y:PolyLineEdge><y:Arrows source="none" target="${directed ? 'standard' : 'none'}"/><y:EdgeLabel>${esc(label)}</y:EdgeLabel></y:PolyLineEdge></data>`;
}
