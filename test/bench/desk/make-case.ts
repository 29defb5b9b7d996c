// Makes the desk benchmark's case once, to reuse with DESK_BENCH_CASE=PATH (generating 20,000
// documents takes about 9 minutes on this machine; each run then measures a copy).
// `npx tsx test/bench/desk/make-case.ts /work/cases/desk-20k.dossier 20000`
import { generateCase } from '../scale/generate-case.js';
import { addTwoBusyEntities } from './two-busy-entities.js';

const [path, docs] = process.argv.slice(2);
if (!path || !docs) throw new Error('usage: make-case.ts PATH DOCUMENTS');
const t = performance.now();
const g = generateCase(path, Number(docs));
const busy = addTwoBusyEntities(path, 1_000);
console.log(JSON.stringify({ ...g, busy, seconds: (performance.now() - t) / 1000 }));
