// Golden-output check for the extractor: runs `extract()` over the texts of `golden-texts.ts`
// and writes (or compares with) one JSON line per text. A speed change must leave every line
// byte for byte the same.
//   npx tsx scripts/extract/golden-output.ts write /tmp/extract-golden.jsonl
//   npx tsx scripts/extract/golden-output.ts check /tmp/extract-golden.jsonl
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../../main/core/extract/index.js';
import { goldenTexts } from './golden-texts.js';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: golden-output.ts write|check FILE');
  process.exit(2);
}

const lines: string[] = [];
const t0 = performance.now();
for (const g of goldenTexts()) {
  const r = extract(g.text, { date: g.date, extractor: g.rules ? 'rules' : 'default' });
  lines.push(JSON.stringify({ id: g.id, r }));
}
const ms = performance.now() - t0;
const all = `${lines.join('\n')}\n`;
const digest = createHash('sha256').update(all).digest('hex');
console.log(`${lines.length} texts, ${Math.round(ms)} ms, sha256 ${digest}`);
if (mode === 'write') {
  writeFileSync(file, all);
} else {
  const before = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) continue;
    differ++;
    if (differ <= 3) {
      const a = before[i] ?? '';
      const b = lines[i] ?? '';
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      console.log(
        `DIFF line ${i}: ${a.slice(0, 80)}\n  before …${a.slice(Math.max(0, k - 120), k + 200)}\n  after  …${b.slice(Math.max(0, k - 120), k + 200)}`,
      );
    }
  }
  console.log(differ === 0 ? 'IDENTICAL' : `${differ} of ${lines.length} texts differ`);
  process.exit(differ === 0 ? 0 : 1);
}
