import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { DossierError } from '../../core/errors.js';
import { dossierHome } from '../../core/dossier-home.js';
import { loadOrCreateKeyPair } from '../../core/keys/key-pair.js';
import { publicKeyFileOf, readPublicKeyFile, trustKey, trustedKeys, untrustKey } from '../../core/keys/trusted-keys.js';
import { type Command, stringOption, writeJson, writeLine } from '../command.js';

const USAGE =
  'dossier keys show | export-public OUT [--name N] | trust FILE | list [--json] | untrust FINGERPRINT|NAME';

export const keysCommand: Command = {
  name: 'keys',
  summary: "this installation's signing key and the colleagues' keys you trust",
  usage: USAGE,
  options: { name: { type: 'string' }, json: { type: 'boolean' } },
  run(args, io) {
    const [sub, arg] = args.positionals;
    switch (sub) {
      case 'show': {
        const key = loadOrCreateKeyPair();
        writeLine(io.stdout, `fingerprint ${key.fingerprint}`);
        writeLine(io.stdout, `public key  ${key.publicKeyBase64}`);
        writeLine(io.stdout, `kept in     ${dossierHome()}`);
        return 0;
      }
      case 'export-public': {
        if (!arg) throw new DossierError('invalid-argument', `an output file is required (${USAGE})`);
        const key = loadOrCreateKeyPair();
        writeFileSync(
          arg,
          `${JSON.stringify(publicKeyFileOf(key, stringOption(args, 'name') ?? userInfo().username), null, 2)}\n`,
        );
        writeLine(
          io.stdout,
          `wrote ${arg} (fingerprint ${key.fingerprint}); give it to colleagues to run "dossier keys trust"`,
        );
        return 0;
      }
      case 'trust': {
        if (!arg) throw new DossierError('invalid-argument', `a public-key file is required (${USAGE})`);
        const entry = trustKey(readPublicKeyFile(arg));
        writeLine(
          io.stdout,
          `trusted ${entry.name}: ${entry.fingerprint} (compare this with them in person or by phone)`,
        );
        return 0;
      }
      case 'list': {
        const list = trustedKeys();
        if (args.values.json) writeJson(io, list);
        else if (!list.length) writeLine(io.stdout, 'no trusted keys yet (dossier keys trust FILE)');
        else for (const k of list) writeLine(io.stdout, `${k.fingerprint}  ${k.name}  (added ${k.addedAt})`);
        return 0;
      }
      case 'untrust': {
        if (!arg) throw new DossierError('invalid-argument', `a fingerprint or name is required (${USAGE})`);
        if (!untrustKey(arg)) throw new DossierError('not-found', `no trusted key matches "${arg}"`);
        writeLine(io.stdout, `removed ${arg}`);
        return 0;
      }
      default:
        throw new DossierError('invalid-argument', `unknown keys sub-command "${sub ?? ''}" (${USAGE})`);
    }
  },
};
