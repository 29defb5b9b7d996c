import { ownPeakRssMb } from '../../scripts/own-peak-rss.js';

/** The same seeded PRNG the chart layouts use, so generated data is the same every run. */
export { seededRandom } from '../../lib/seeded-random.js';

/** Prints one benchmark figure in the shared `name: value unit` form. */
export function report(name: string, value: number, unit: string): void {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
  console.log(`${name}: ${shown} ${unit}`);
}

/** Milliseconds taken by `fn`. */
export function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Wall and CPU milliseconds taken by `fn`. On a shared machine the wall time includes waiting
 * for a core; the CPU time (user + system of this process) is what the work itself cost.
 */
export function timeAndCpuMs(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const wall = timeMs(fn);
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** This process's own peak resident memory (not its parent's, which a child's maxRSS includes). */
export function peakRssMb(): number {
  return ownPeakRssMb();
}

/** The real news texts in ../shared/corpus (read, never copied into the project). */
export { corpusTexts } from './news-like-text.js';
