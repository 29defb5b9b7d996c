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
  usage: 'dossier import CASE FILE [--dry-run] [--require-trusted] [--json]',
  options: { 'dry-run': { type: 'boolean' }, 'require-trusted': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, io) {
    const [casePath, file] = args.positionals;
    if (!casePath || !file) throw new DossierError('invalid-argument', `a case and a file are required (${this.usage})`);
    const format = detectImportFormat(file);
    const dryRun = !!args.values['dry-run'];
    const passphrase = format === 'casebundle' && isEncryptedBundle(file) ? await passphraseFor(io, 'decrypt') : undefined;
    return withCase(casePath, { readOnly: false }, (store) => {
      if (format === 'casebundle') {
        const { report, signature } = importBundle(store, file, { dryRun, passphrase, requireTrusted: !!args.values['require-trusted'] });
        if (args.values.json) {
          writeJson(io, { format, signature, report });
          return 0;
        }
        writeLine(io.stdout, signature.state === 'unsigned'
          ? `${file}: unsigned bundle`
          : `${file}: signed by ${signature.fingerprint} (${signature.trusted ? `trusted: ${signature.trusted.name}` : 'not in your trusted keys'})`);
        for (const line of formatReport(report)) writeLine(io.stdout, line);
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
