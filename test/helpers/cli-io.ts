import { PassThrough, Readable } from 'node:stream';
import { main } from '../../main/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dossier …` in-process with captured output (and optional stdin text). */
export async function runCli(argv: string[], stdinText = ''): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([stdinText]) });
  return { code, stdout: out, stderr: err };
}
