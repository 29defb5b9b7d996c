import { spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import Database from 'better-sqlite3';

/** One `name: value unit` line a benchmark printed. */
export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
}

export interface Machine {
  at: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  freeMemoryGb: number;
  loadAverage: [number, number, number];
  node: string;
  sqlite: string;
  chromium: string;
}

const FIGURE_LINE = /^([\w.:/-]+): (-?[\d.]+(?:e[+-]?\d+)?) (\S+)\s*$/;

/** The figures in a benchmark's output (other lines are commentary). */
export function parseFigures(bench: string, output: string): Figure[] {
  return output.split('\n').flatMap((line) => {
    const m = FIGURE_LINE.exec(line.trim());
    return m ? [{ bench, name: m[1]!, value: Number(m[2]), unit: m[3]! }] : [];
  });
}

export async function describeMachine(): Promise<Machine> {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  let chromium = 'none found';
  try {
    const { findChromium } = await import('../helpers/find-chromium.js');
    const found = await findChromium();
    const r = spawnSync(found.executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    chromium = `${(r.stdout || '').trim() || 'unknown version'} (${found.source})`;
  } catch {
    // a benchmark run without a browser still reports everything else
  }
  const [a, b, c] = loadavg();
  return {
    at: new Date().toISOString(),
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30),
    freeMemoryGb: round(freemem() / 2 ** 30),
    loadAverage: [round(a!), round(b!), round(c!)],
    node: process.versions.node,
    sqlite,
    chromium,
  };
}

/** Goals stated in the issues, by figure name (a figure without one is reported without a verdict). */
const GOALS: { pattern: RegExp; op: '<=' | '>='; value: number }[] = [
  { pattern: /search.*p95/, op: '<=', value: 100 },
  { pattern: /entities_list.*(p50|ms)$/, op: '<=', value: 150 },
  { pattern: /documents_list.*(p50|ms)$/, op: '<=', value: 100 },
  { pattern: /ingest.*docs_per_s/, op: '>=', value: 50 },
  { pattern: /bundle.*import.*vs.*raw/, op: '<=', value: 2 },
];

function verdict(f: Figure): string {
  const goal = GOALS.find((g) => g.pattern.test(f.name));
  if (!goal) return '';
  const met = goal.op === '<=' ? f.value <= goal.value : f.value >= goal.value;
  return `${goal.op === '<=' ? '≤' : '≥'} ${goal.value} ${met ? '✓' : '✗'}`;
}

export function markdownReport(machine: Machine, figures: Figure[], short: boolean): string {
  const lines = [
    `# Benchmark report${short ? ' (short run)' : ''}`,
    '',
    `${machine.at} · ${machine.cores} cores (${machine.cpu}) · ${machine.memoryGb} GiB (${machine.freeMemoryGb} free) · load ${machine.loadAverage.join(' / ')}`,
    `Node ${machine.node} · SQLite ${machine.sqlite} · Chromium ${machine.chromium}`,
    '',
    'Ratios (unit `ratio`) compare a figure with its baseline measured in the same run, so load on a shared machine cancels out.',
    '',
    '| benchmark | figure | value | unit | goal |',
    '|---|---|---:|---|---|',
    ...figures.map((f) => `| ${f.bench} | ${f.name} | ${f.value} | ${f.unit} | ${verdict(f)} |`),
    '',
  ];
  return lines.join('\n');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
