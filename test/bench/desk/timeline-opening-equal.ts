// Checks on a real case that the timeline's opening window (SQL counts, timeline-opening.ts)
// equals the window over the full source, and times both (CPU of this process).
// `npx tsx test/bench/desk/timeline-opening-equal.ts /work/cases/desk-20k.dossier`: works on a
// copy in a temporary folder (opened writable once, so it is migrated), removed at the end.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import { isDeepStrictEqual } from 'node:util';
import { timelineSource } from '../../../main/core/analysis/timeline-events.js';
import { openingWindow } from '../../../main/core/analysis/timeline-opening.js';
import { timelineWindow } from '../../../main/core/analysis/timeline-window.js';
import { CaseStore } from '../../../main/core/store/case-store.js';

const from = process.argv[2];
if (!from) throw new Error('usage: timeline-opening-equal.ts CASE.dossier');
const dir = mkdtempSync(join(tmpdir(), 'timeline-equal-'));
const path = join(dir, 'case.dossier');
copyFileSync(from, path);
if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${path}-wal`);
CaseStore.open(path).close();
const store = CaseStore.open(path, { readOnly: true });
try {
  const cpu = <T>(fn: () => T): [T, number] => {
    const c = cpuUsage();
    const value = fn();
    const d = cpuUsage(c);
    return [value, (d.user + d.system) / 1000];
  };
  console.log(`# load ${loadavg()[0]!.toFixed(2)}`);
  const req = { lanes: 'entity' as const, laneLimit: 12, limit: 600 };
  for (let i = 0; i < 2; i++) {
    const [opening, openingMs] = cpu(() => openingWindow(store, req));
    const [full, fullMs] = cpu(() => timelineWindow(timelineSource(store, { citing: false }), req));
    console.log(
      `opening ${openingMs.toFixed(0)} ms CPU (${opening ? opening.detail : 'none: opens on events'}), ` +
        `full source + window ${fullMs.toFixed(0)} ms CPU, equal: ${!opening || isDeepStrictEqual(opening, full)}`,
    );
  }
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
