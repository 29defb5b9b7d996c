import type { StylesheetStyle } from 'cytoscape';
import { LABEL_FONT, MIN_LABEL_PX } from './readable-fit.js';

/** Edge labels: drawn along the edge, and only once the zoom makes them readable. */
const EDGE_FONT = 10;

/**
 * How the chart looks. Suggested (machine) items are dashed, confirmed ones solid; directed
 * links carry arrows; link width follows confidence. A label is never drawn smaller than
 * MIN_LABEL_PX on screen: zoomed out, the level-of-detail labels (class `lod`, label-lod.ts)
 * name the most important nodes at a constant size instead.
 */
export function chartStylesheet(large: boolean, labelsOnDemand = large): StylesheetStyle[] {
  const nodeLabel = {
    'font-size': LABEL_FONT,
    'text-wrap': 'wrap',
    'text-max-width': '140px',
    'text-valign': 'bottom',
    'text-margin-y': 4,
    color: '#1d2430',
    'text-background-color': '#ffffff',
    'text-background-opacity': large ? 0 : 0.75,
    'text-background-padding': '1px',
    // Labels vanish when they would be unreadably small.
    'min-zoomed-font-size': MIN_LABEL_PX,
  };
  const edgeLabel = {
    'font-size': EDGE_FONT,
    color: '#5f6b7a',
    'text-rotation': 'autorotate',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.8,
    'text-background-padding': '1px',
    // Hidden until it reads at its full size: a zoomed-out chart is not hatched with text.
    'min-zoomed-font-size': EDGE_FONT,
  };
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#ffffff',
        'border-width': 3,
        'border-color': 'data(border)',
        // Big charts draw labels only for nodes in view once zoomed in (class `labelled`), so
        // a thousand labels are never measured up front (seconds of the first frame); their
        // label's style comes with the class, as each property styled costs the fill time.
        ...(labelsOnDemand ? {} : { label: 'data(label)', ...nodeLabel }),
      },
    },
    ...(labelsOnDemand
      ? [
          { selector: 'node.labelled, node.lod', style: nodeLabel },
          { selector: 'edge.labelled', style: edgeLabel },
        ]
      : []),
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    { selector: 'edge.labelled', style: { label: 'data(label)' } },
    {
      selector: 'node.lod',
      style: {
        label: 'data(lodLabel)',
        'font-size': 'data(lodFont)',
        'text-margin-y': 'data(lodMargin)',
        'text-wrap': 'none',
        'min-zoomed-font-size': 0,
        'text-background-opacity': 0.85,
        'font-weight': 600,
      },
    },
    {
      selector: 'node[icon]',
      style: { 'background-image': 'data(icon)', 'background-width': '58%', 'background-height': '58%' },
    },
    { selector: 'node[color]', style: { 'background-color': 'data(color)', 'background-opacity': 0.18 } },
    // Events stand apart from entities: a diamond, and their date as the label's second line.
    {
      selector: 'node.event',
      style: { shape: 'round-diamond', width: 'data(size)', height: 'data(size)', 'border-width': 2 },
    },
    { selector: 'node.suggested', style: { 'border-style': 'dashed' } },
    {
      selector: 'node.locked',
      style: { 'border-width': 4, 'outline-width': 2, 'outline-color': '#5f6b7a', 'outline-offset': 2 },
    },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#8893a3',
        'background-opacity': 0.08,
        'border-width': 1,
        'border-style': 'dashed',
        'text-valign': 'top',
        'background-image': 'none',
        padding: '18px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        // Bezier edges (bundled when parallel) cost most of a big chart's first frame; straight
        // ones keep their arrows.
        'curve-style': large ? 'haystack' : labelsOnDemand ? 'straight' : 'bezier',
        ...(labelsOnDemand ? {} : { label: 'data(label)', ...edgeLabel }),
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 1 } },
    // Dashed canvas lines are slow to draw by the thousand: large charts show unconfirmed links faint instead.
    { selector: 'edge.unconfirmed', style: labelsOnDemand ? { opacity: 0.45 } : { 'line-style': 'dashed' } },
    { selector: 'edge.participant', style: labelsOnDemand ? { opacity: 0.6 } : { 'line-style': 'dotted' } },
    // An event folded into the link it explains ("attacked · 30 Nov 2025").
    {
      selector: 'edge.event-link',
      style: { 'line-color': '#b0709a', 'target-arrow-color': '#b0709a', 'line-style': 'solid', color: '#7a3d66' },
    },
    {
      selector: ':selected',
      style: { 'border-color': '#1f5fbf', 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf', 'border-width': 5 },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.filtered-out', style: { display: 'none' } },
    { selector: '.user-hidden', style: { display: 'none' } },
    { selector: 'node.on-path', style: { 'border-color': '#e4572e', 'border-width': 6 } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#e4572e', 'target-arrow-color': '#e4572e', width: 6, opacity: 1 },
    },
    { selector: 'node.neighbour', style: { 'border-color': '#1f5fbf' } },
    { selector: 'node.with-selected', style: { 'border-color': '#1f5fbf', 'border-width': 5 } },
    { selector: 'edge.with-selected', style: { 'line-color': '#1f5fbf', width: 4 } },
    {
      selector: '.ghost',
      style: {
        width: 4,
        height: 4,
        'background-color': '#1f5fbf',
        'border-width': 0,
        label: '',
        'background-image': 'none',
      },
    },
    {
      selector: 'edge.ghost',
      style: {
        width: 2,
        'line-color': '#1f5fbf',
        'line-style': 'dashed',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#1f5fbf',
      },
    },
  ] as StylesheetStyle[];
}

/** Colour-blind-safe colours for clusters (Okabe–Ito, then Tol's muted). */
export const CLUSTER_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];
