#!/usr/bin/env node
// The `dossier` command. Runs the built CLI; `npm install` builds it (the `prepare` hook).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('dossier: not built yet; run `npm run build` in the Dossier folder\n');
  process.exit(2);
}
const { main, stopQuietlyOnClosedPipe } = await import(cli.href);
stopQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
