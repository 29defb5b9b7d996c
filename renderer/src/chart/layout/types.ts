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
  /** Force: iteration count (by default 200 up to 1,000 nodes, 100 above; force-layout.ts says why). */
  iterations?: number;
  seed?: number;
  /**
   * Each node's whole box (body and the label under it), by node index: half its width and how
   * far it reaches above and below the node's centre. With them every layout ends with no box
   * overlapping another (no node or label covering a node or label); without, nodes are discs.
   */
  boxes?: { halfWidth: ArrayLike<number>; up: ArrayLike<number>; down: ArrayLike<number> };
  /** Width ÷ height of the pane, so packed components fill it. */
  aspect?: number;
}

export interface LayoutResult {
  ids: string[];
  xs: Float64Array;
  ys: Float64Array;
  ms: number;
}

export const DEFAULT_NODE_SIZE = 30;
