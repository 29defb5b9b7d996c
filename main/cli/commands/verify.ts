import { DossierError } from '../../core/errors.js';
import { isEncryptedBundle } from '../../core/bundle/encryption.js';
import { verifyBundle } from '../../core/bundle/verify-bundle.js';
import { type Command, writeJson, writeLine } from '../command.js';
import { passphraseFor } from './export.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a .casebundle: signature, format version and the hash of every entry',
  usage: 'dossier verify IN.casebundle [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const [path] = args.positionals;
    if (!path) throw new DossierError('invalid-argument', `a bundle is required (${this.usage})`);
    const passphrase = isEncryptedBundle(path) ? await passphraseFor(io, 'decrypt') : undefined;
    const result = verifyBundle(path, { passphrase });
    if (args.values.json) {
      writeJson(io, {
        ...result,
        manifest: { ...result.manifest, entries: Object.keys(result.manifest.entries).length },
      });
      return result.ok ? 0 : 1;
    }
    const m = result.manifest;
    writeLine(
      io.stdout,
      `${path}: format ${result.formatVersion}, case "${m.case.title}" (${m.case.id}), ${m.tlp}, made ${m.createdAt} by Dossier ${m.appVersion}`,
    );
    writeLine(
      io.stdout,
      `  scope ${m.scope.kind}${m.scope.chartName ? ` "${m.scope.chartName}"` : ''}${m.redacted ? ', redacted (no original files)' : ''}${result.encrypted ? ', encrypted' : ''}`,
    );
    const s = result.signature;
    writeLine(
      io.stdout,
      s.state === 'unsigned'
        ? '  unsigned'
        : `  signature valid: ${s.fingerprint} — ${s.trusted ? `trusted (${s.trusted.name})` : 'NOT in your trusted keys'}`,
    );
    writeLine(io.stdout, `  ${Object.keys(m.entries).length} entries checked`);
    for (const p of result.problems) writeLine(io.stderr, `  MISMATCH ${p.entry}: ${p.problem}`);
    writeLine(
      result.ok ? io.stdout : io.stderr,
      result.ok
        ? 'OK'
        : `FAILED: ${result.problems.length} entr${result.problems.length === 1 ? 'y' : 'ies'} did not verify`,
    );
    return result.ok ? 0 : 1;
  },
};
