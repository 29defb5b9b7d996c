import type { StylesheetStyle } from 'cytoscape';

/**
 * How the chart looks. Suggested (machine) items are dashed, confirmed ones solid; directed
 * links carry arrows; link width follows confidence. Labels disappear when they would be
 * smaller than 8 px on screen, which keeps large charts readable and fast.
 */
export function chartStylesheet(large: boolean): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#ffffff',
        'border-width': 3,
        'border-color': 'data(border)',
        // Large charts draw labels only for nodes in view once zoomed in (class `labelled`), so
        // thousands of labels are never measured up front.
        label: large ? '' : 'data(label)',
        'font-size': 11,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: '#1d2430',
        'text-background-color': '#ffffff',
        'text-background-opacity': large ? 0 : 0.75,
        'text-background-padding': '1px',
        // Labels vanish when they would be unreadably small.
        'min-zoomed-font-size': large ? 8 : 5,
      },
    },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    { selector: 'node[icon]', style: { 'background-image': 'data(icon)', 'background-width': '58%', 'background-height': '58%' } },
    { selector: 'node[color]', style: { 'background-color': 'data(color)', 'background-opacity': 0.18 } },
    { selector: 'node.event', style: { shape: 'round-rectangle' } },
    { selector: 'node.suggested', style: { 'border-style': 'dashed' } },
    { selector: 'node.locked', style: { 'border-width': 4, 'outline-width': 2, 'outline-color': '#5f6b7a', 'outline-offset': 2 } },
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
        'curve-style': large ? 'haystack' : 'bezier',
        label: large ? '' : 'data(label)',
        'font-size': 9,
        color: '#5f6b7a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': large ? 9 : 6,
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 1 } },
    // Dashed canvas lines are slow to draw by the thousand: large charts show unconfirmed links faint instead.
    { selector: 'edge.unconfirmed', style: large ? { opacity: 0.45 } : { 'line-style': 'dashed' } },
    { selector: 'edge.participant', style: large ? { opacity: 0.6 } : { 'line-style': 'dotted' } },
    { selector: ':selected', style: { 'border-color': '#1f5fbf', 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf', 'border-width': 5 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.filtered-out', style: { display: 'none' } },
    { selector: '.user-hidden', style: { display: 'none' } },
    { selector: 'node.on-path', style: { 'border-color': '#e4572e', 'border-width': 6 } },
    { selector: 'edge.on-path', style: { 'line-color': '#e4572e', 'target-arrow-color': '#e4572e', width: 6, opacity: 1 } },
    { selector: 'node.neighbour', style: { 'border-color': '#1f5fbf' } },
    { selector: '.ghost', style: { width: 4, height: 4, 'background-color': '#1f5fbf', 'border-width': 0, label: '', 'background-image': 'none' } },
    { selector: 'edge.ghost', style: { width: 2, 'line-color': '#1f5fbf', 'line-style': 'dashed', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#1f5fbf' } },
  ] as StylesheetStyle[];
}

/** Colour-blind-safe colours for clusters (Okabe–Ito, then Tol's muted). */
export const CLUSTER_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'];
