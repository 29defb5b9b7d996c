import { importBundle } from '../../main/core/bundle/import-bundle.js';
import { messageOf } from '../../main/core/errors.js';
import { CaseStore } from '../../main/core/store/case-store.js';
import { ownPeakRssMb } from '../own-peak-rss.js';

/**
 * Imports one bundle into one case in this process and prints one JSON line: outcome, message,
 * wall time and peak resident memory. Run as a child (`node --import tsx import-in-child.ts
 * CASE BUNDLE [OPTIONS-JSON]`) so a hostile input's time and memory are its own.
 */
const [casePath, bundlePath, optionsJson] = process.argv.slice(2);
if (!casePath || !bundlePath) {
  process.stderr.write('usage: import-in-child CASE BUNDLE [OPTIONS-JSON]\n');
  process.exit(2);
}
const options = optionsJson ? (JSON.parse(optionsJson) as Parameters<typeof importBundle>[2]) : {};
const started = performance.now();
let outcome: 'imported' | 'refused' = 'imported';
let message = '';
const store = CaseStore.open(casePath);
try {
  const r = importBundle(store, bundlePath, options);
  const t = Object.values(r.report.kinds).reduce((n, k) => n + k.new + k.updated + k.deleted, 0);
  message = `${t} records written${r.report.dryRun ? ' (dry run)' : ''}`;
} catch (e) {
  outcome = 'refused';
  message = messageOf(e);
} finally {
  store.close();
}
const ms = Math.round(performance.now() - started);
const peakMb = Math.round(ownPeakRssMb());
process.stdout.write(`${JSON.stringify({ outcome, message, ms, peakMb })}\n`);
