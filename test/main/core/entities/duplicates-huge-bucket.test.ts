import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { likelyDuplicatePage } from '../../../../main/core/entities/likely-duplicates.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('the duplicates finder on a case with one huge bucket of proposals', () => {
  // 600 people with one name are 179,700 same-name pairs, all scored alike: one bucket. Appending
  // it with push(...bucket) passed every proposal as an argument and overflowed the call stack
  // (it did at 160,000 proposals on the 20,000-document desk case).
  it('lists every proposal of a 179,700-pair bucket without overflowing the stack', () => {
    const store = CaseStore.create(join(tempDir(), 'one-name.dossier'), { title: 'one name' });
    store.insertMany(
      'entity',
      Array.from({ length: 600 }, () => ({
        type: 'person',
        label: 'Anna Berg',
        properties: {},
        notes: '',
        status: 'suggested' as const,
      })),
    );
    const page = likelyDuplicatePage(store, { limit: 200_000 });
    expect(page.total).toBe(179_700);
    expect(page.rows).toHaveLength(179_700);
    expect(page.rows.every((r) => r.kind === 'same-name' && r.score === 0.95)).toBe(true);
    store.close();
  }, 120_000);
});
