import { Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { exportBundle } from '../../core/bundle/export-bundle.js';
import type { ExportScope } from '../../core/bundle/select.js';
import { DossierError } from '../../core/errors.js';
import { exportInterchangeFile } from '../../core/interchange/export-interchange.js';
import { exportFormatOf } from '../../core/interchange/formats.js';
import { loadOrCreateKeyPair } from '../../core/keys/key-pair.js';
import { parseTlp } from '../../core/store/tlp.js';
import { type CliIo, type Command, type ParsedArgs, stringOption, writeLine } from '../command.js';
import { withCase } from '../with-case.js';

/**
 * The passphrase for encrypting or decrypting a bundle: `DOSSIER_PASSPHRASE`, else asked on the
 * terminal without echo (twice when encrypting). Never taken from the command line, where it
 * would land in shell history and process lists.
 */
export async function passphraseFor(io: CliIo, purpose: 'encrypt' | 'decrypt'): Promise<string> {
  const fromEnv = process.env.DOSSIER_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!(io.stdin as { isTTY?: boolean }).isTTY) {
    throw new DossierError('invalid-argument', 'a passphrase is needed: set DOSSIER_PASSPHRASE or run on a terminal');
  }
  const first = await askHidden(io, 'Passphrase: ');
  if (purpose === 'encrypt' && (await askHidden(io, 'Again: ')) !== first) {
    throw new DossierError('invalid-argument', 'the two passphrases differ');
  }
  return first;
}

async function askHidden(io: CliIo, prompt: string): Promise<string> {
  io.stderr.write(prompt);
  const muted = new Writable({ write: (_c, _e, done) => done() });
  const rl = createInterface({ input: io.stdin, output: muted, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    io.stderr.write('\n');
  }
}

function scopeOf(args: ParsedArgs): ExportScope {
  const chart = stringOption(args, 'chart');
  const ids = stringOption(args, 'ids');
  if (chart && ids) throw new DossierError('invalid-argument', 'give --chart or --ids, not both');
  if (chart) return { kind: 'chart', chart };
  if (ids)
    return {
      kind: 'selection',
      ids: ids
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  return { kind: 'case' };
}

export const exportCommand: Command = {
  name: 'export',
  summary:
    'export a case, chart or selection as a .casebundle, STIX 2.1, FtM, Aleph diagram, GraphML, CSV, GEXF, XLSX or Cytoscape JSON',
  usage:
    'dossier export CASE OUT [--format casebundle|stix|ftm|vis|graphml|csv|gexf|xlsx|cyjs] [--sign] [--encrypt] [--chart NAME] [--ids ID,…] [--tlp T] [--redact]',
  options: {
    format: { type: 'string' },
    sign: { type: 'boolean' },
    encrypt: { type: 'boolean' },
    chart: { type: 'string' },
    ids: { type: 'string' },
    tlp: { type: 'string' },
    redact: { type: 'boolean' },
  },
  async run(args, io) {
    const [casePath, out] = args.positionals;
    if (!casePath || !out)
      throw new DossierError('invalid-argument', `a case and an output file are required (${this.usage})`);
    const format = exportFormatOf(out, stringOption(args, 'format'));
    const tlpText = stringOption(args, 'tlp');
    const tlp = tlpText ? parseTlp(tlpText) : undefined;
    const scope = scopeOf(args);
    if (format !== 'casebundle' && (args.values.sign || args.values.encrypt || args.values.redact)) {
      throw new DossierError('invalid-argument', '--sign, --encrypt and --redact apply to .casebundle exports only');
    }
    const passphrase = args.values.encrypt ? await passphraseFor(io, 'encrypt') : undefined;
    return withCase(casePath, { readOnly: true }, async (store) => {
      if (format === 'casebundle') {
        const result = exportBundle(store, out, {
          scope,
          tlp,
          redact: !!args.values.redact,
          sign: args.values.sign ? loadOrCreateKeyPair() : undefined,
          encrypt: passphrase ? { passphrase } : undefined,
        });
        const c = result.manifest.counts;
        writeLine(
          io.stdout,
          `wrote ${out} (${result.bytes} bytes, ${result.manifest.tlp}${passphrase ? ', encrypted' : ''}${result.signedBy ? `, signed by ${result.signedBy}` : ', unsigned'})`,
        );
        writeLine(
          io.stdout,
          `  ${c.document ?? 0} documents, ${c.entity ?? 0} entities, ${c.link ?? 0} links, ${c.event ?? 0} events, ${c.originals ?? 0} original files`,
        );
      } else {
        const result = await exportInterchangeFile(store, out, format, { scope, tlp });
        writeLine(io.stdout, `wrote ${result.files.join(', ')} (${format}: ${result.summary})`);
      }
      return 0;
    });
  },
};
