/**
 * What every layout takes and gives. Plain data so it crosses the worker boundary as is.
 * Positions are Cytoscape model coordinates (pixels at zoom 1).
 */
export interface LayoutNode {
  id: string;
  x?: number;
  y?: number;
  /** Locked or pinned by the analyst: never moved. */
  fixed?: boolean;
  /** Compound parent (a group), for layouts that understand groups. */
  parent?: string | null;
}

export interface LayoutEdge {
  source: string;
  target: string;
  directed?: boolean;
  weight?: number;
}

export type LayoutName = 'force' | 'incremental' | 'hierarchy' | 'circle' | 'concentric' | 'grid' | 'fcose';

export interface LayoutRequest {
  name: LayoutName;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Drawn node diameter in px; spacing and overlap removal are measured against it. */
  nodeSize?: number;
  /** Concentric: the value per node id (higher goes to the centre). */
  values?: Record<string, number>;
  /** Force: iteration count (defaults per RECIPES: 200 up to 5,000 nodes, 100 above). */
  iterations?: number;
  seed?: number;
}

export interface LayoutResult {
  ids: string[];
  xs: Float64Array;
  ys: Float64Array;
  ms: number;
}

export const DEFAULT_NODE_SIZE = 30;
