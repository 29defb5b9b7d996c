// Checks that every native module in a packaged app was built for the Electron it ships with.
//   node scripts/check-native-abi.mjs <app folder, e.g. release/linux-unpacked> [--electron-abi N]
// A module compiled against Node's headers (the `nodedir` trap: "Rebuild Complete" while
// building for Node) loads in Node and fails in Electron with "was compiled against a different
// Node.js version". N-API modules (napi_register_module_v*) work with any ABI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: check-native-abi.mjs <app folder> [--electron-abi N]');
  process.exit(2);
}
const flag = rest.indexOf('--electron-abi');
const expected =
  flag >= 0
    ? rest[flag + 1]
    : readFileSync(new URL('../node_modules/electron/abi_version', import.meta.url), 'utf8').trim();

let bad = 0;
for (const file of walk(dir).filter((f) => f.endsWith('.node'))) {
  const text = readFileSync(file).toString('latin1');
  const napi = /napi_register_module_v\d+/.test(text);
  const abi = text.match(/node_register_module_v(\d+)/)?.[1] ?? null;
  const verdict =
    napi && !abi
      ? 'N-API (any ABI)'
      : abi === expected
        ? `ABI ${abi} (Electron)`
        : `ABI ${abi ?? 'unknown'} — NOT Electron's ${expected}`;
  if (!(napi && !abi) && abi !== expected) bad++;
  console.log(`${relative(dir, file)}: ${verdict}`);
}
process.exit(bad ? 1 : 0);

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
