/** The steps of opening a chart, in order. */
export type ChartPhase = 'data' | 'laid-out' | 'populated' | 'drawn' | 'saved';

/**
 * Marks a step of opening a chart on the page's performance timeline (`dossier:chart-<phase>`):
 * DevTools shows them, and the real-UI benchmark times the chart from them rather than by
 * polling the page (which added up to a poll's interval to every figure). Each mark replaces the
 * last one of its name, so reopening charts does not grow the timeline.
 */
export function markChartPhase(phase: ChartPhase): void {
  const name = `dossier:chart-${phase}`;
  performance.clearMarks(name);
  performance.mark(name);
}
