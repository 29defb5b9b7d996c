import { parseArgs } from 'node:util';
import { APP_VERSION } from '../core/app-version.js';
import { DossierError, messageOf } from '../core/errors.js';
import { type CliIo, type Command, writeLine } from './command.js';
import { exitCodeOf } from './exit-codes.js';
import { commands } from './commands/index.js';

const defaultIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Runs `dossier …` and returns the exit code (`exit-codes.ts`). */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    writeLine(io.stdout, usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    writeLine(io.stdout, APP_VERSION);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    writeLine(io.stderr, `dossier: unknown command "${name}" (see dossier --help)`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    writeLine(io.stderr, `dossier ${name}: ${messageOf(e)}\nusage: ${command.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    writeLine(io.stdout, `${command.summary}\nusage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(parsed, io);
  } catch (e) {
    writeLine(io.stderr, `dossier ${name}: ${messageOf(e)}`);
    if (!(e instanceof DossierError) && process.env.DOSSIER_DEBUG) writeLine(io.stderr, String((e as Error).stack));
    return exitCodeOf(e);
  }
}

/**
 * `dossier info C | head -1` closes the pipe after one line; the next write then fails with
 * EPIPE. That is the reader saying "enough", not an error: stop quietly with success.
 */
export function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'dossier — offline analyst workbench',
    '',
    'usage: dossier <command> [options]   (dossier <command> --help for details)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export type { Command };
