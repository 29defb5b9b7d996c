import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** Imports each text as its own file with the shipped extraction; returns the case. */
async function importTexts(texts: string[]): Promise<CaseStore> {
  const dir = tempDir();
  const files = texts.map((t, i) => {
    const f = join(dir, `doc-${i}.txt`);
    writeFileSync(f, t);
    return f;
  });
  const store = CaseStore.create(join(dir, 'c.dossier'), { title: 't' });
  await importFiles(store, files, {});
  return store;
}

const requests = (store: CaseStore) => store.list('event').filter((e) => e.properties['type'] === 'request');

describe('one occurrence reported by several documents', () => {
  it('joins an undated, unplaced request of the same doer to the same party across documents', async () => {
    const store = await importTexts([
      'Kyrgyzstan has asked for urgent consultations within the Shanghai Cooperation Organisation (SCO).',
      '2. Kyrgyzstan asked the Shanghai Cooperation Organisation for consultations; an SCO team is due in Bishkek soon.',
    ]);
    const found = requests(store);
    expect(found).toHaveLength(1);
    const cites = store.list('citation', { subjectKind: 'event', subjectId: found[0]!.id });
    expect(new Set(cites.map((c) => c.documentId)).size).toBe(2);
    store.close();
  });

  it('keeps requests to different parties apart', async () => {
    const store = await importTexts([
      'Kyrgyzstan has asked for urgent consultations within the Shanghai Cooperation Organisation (SCO).',
      'Kyrgyzstan asked the United Nations for consultations.',
    ]);
    expect(requests(store)).toHaveLength(2);
    store.close();
  });
});
