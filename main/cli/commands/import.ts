import { isEncryptedBundle } from '../../core/bundle/encryption.js';
import { importBundle } from '../../core/bundle/import-bundle.js';
import { formatReport } from '../../core/bundle/merge-report.js';
import { DossierError } from '../../core/errors.js';
import { detectImportFormat } from '../../core/interchange/formats.js';
import { importInterchange } from '../../core/interchange/import-interchange.js';
import { type Command, writeJson, writeLine } from '../command.js';
import { withCase } from '../with-case.js';
import { passphraseFor } from './export.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'merge a .casebundle, STIX 2.1 bundle, FtM JSON lines, Aleph diagram, GraphML or CSV into a case',
  usage:
    'dossier import CASE FILE [--dry-run] [--require-trusted] [--accept-local-changes | --accept-only ID,…] [--keep ID=here|incoming,…] [--json]',
  options: {
    'dry-run': { type: 'boolean' },
    'require-trusted': { type: 'boolean' },
    json: { type: 'boolean' },
    // Deletions, rewrites and merges of the case's own records need consent unless a trusted key signed the bundle.
    'accept-local-changes': { type: 'boolean' },
    'accept-only': { type: 'string' },
    // Where both sides changed a field: ID=here or ID=incoming, comma-separated.
    keep: { type: 'string' },
  },
  async run(args, io) {
    const [casePath, file] = args.positionals;
    if (!casePath || !file)
      throw new DossierError('invalid-argument', `a case and a file are required (${this.usage})`);
    const format = detectImportFormat(file);
    const dryRun = !!args.values['dry-run'];
    const passphrase =
      format === 'casebundle' && isEncryptedBundle(file) ? await passphraseFor(io, 'decrypt') : undefined;
    return withCase(casePath, { readOnly: false }, (store) => {
      if (format === 'casebundle') {
        const only = args.values['accept-only'];
        const acceptLocalChanges = args.values['accept-local-changes']
          ? true
          : typeof only === 'string'
            ? only
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : undefined;
        const { report, signature } = withConsentHint(() =>
          importBundle(store, file, {
            dryRun,
            passphrase,
            requireTrusted: !!args.values['require-trusted'],
            acceptLocalChanges,
            keep: keepChoices(args.values.keep),
          }),
        );
        if (args.values.json) {
          writeJson(io, { format, signature, report });
          return 0;
        }
        writeLine(
          io.stdout,
          signature.state === 'unsigned'
            ? `${file}: unsigned bundle (anyone could have written or altered it; a stripped signature looks the same)`
            : `${file}: signed by ${signature.fingerprint} (${signature.trusted ? `trusted: ${signature.trusted.name}` : 'not in your trusted keys'})`,
        );
        for (const line of formatReport(report)) writeLine(io.stdout, line);
        if (dryRun && report.localChanges.some((c) => c.status === 'needs-consent')) {
          writeLine(
            io.stdout,
            'changes to your own records need consent: import again with --accept-local-changes, or --accept-only ID,… for some of them',
          );
        }
        if (report.operationId) writeLine(io.stdout, 'undo the whole import with: dossier undo CASE');
      } else {
        const report = importInterchange(store, file, format, { dryRun });
        if (args.values.json) writeJson(io, { format, report });
        else {
          writeLine(io.stdout, `${file}: ${format}`);
          for (const line of formatReport(report)) writeLine(io.stdout, line);
          for (const note of report.notes) writeLine(io.stdout, `  note: ${note}`);
        }
      }
      return 0;
    });
  },
};

/** The core says consent is needed; the command says how to give it. */
function withConsentHint<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DossierError && e.code === 'import-failed' && e.message.includes("case's own records")) {
      throw new DossierError(
        'import-failed',
        `${e.message} (list them with --dry-run; accept with --accept-local-changes or --accept-only ID,…)`,
      );
    }
    throw e;
  }
}

/** `--keep ID=here,ID=incoming` → { ID: 'here', … }. */
function keepChoices(value: unknown): Record<string, 'here' | 'incoming'> | undefined {
  if (typeof value !== 'string') return undefined;
  const out: Record<string, 'here' | 'incoming'> = {};
  for (const pair of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, choice] = pair.split('=');
    if (!id || (choice !== 'here' && choice !== 'incoming'))
      throw new DossierError('invalid-argument', `--keep takes ID=here or ID=incoming, not "${pair}"`);
    out[id] = choice;
  }
  return out;
}
