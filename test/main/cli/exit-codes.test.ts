import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeOf } from '../../../main/cli/exit-codes.js';
import { DossierError } from '../../../main/core/errors.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('dossier exit codes', () => {
  it('a write to a read-only or closed case has its own code and exit status, not "wrong usage"', () => {
    const path = join(tempDir(), 'c.dossier');
    CaseStore.create(path, { title: 'Exit codes' }).close();
    const reader = CaseStore.open(path, { readOnly: true });
    const readOnly = thrown(() => reader.setMeta({ title: 'changed' }));
    reader.close();
    expect(readOnly).toMatchObject({ code: 'case-read-only' });
    expect(exitCodeOf(readOnly)).toBe(EXIT.caseNotWritable);

    const writer = CaseStore.open(path);
    writer.close();
    const closed = thrown(() => writer.setMeta({ title: 'changed' }));
    expect(closed).toMatchObject({ code: 'case-closed' });
    expect(exitCodeOf(closed)).toBe(EXIT.caseNotWritable);
    expect(EXIT.caseNotWritable).toBe(3);
  });

  it('keeps 2 for wrong usage and 1 for every other failure', () => {
    expect(exitCodeOf(new DossierError('invalid-argument', 'bad'))).toBe(2);
    expect(exitCodeOf(new DossierError('not-found', 'gone'))).toBe(1);
    expect(exitCodeOf(new Error('boom'))).toBe(1);
  });
});
