import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CITATION_SUBJECT_KINDS,
  DATE_PRECISIONS,
  RELIABILITY_GRADES,
  STATUSES,
  TLP_LEVELS,
  credibilitySchema,
  isCredibility,
  isDatePrecision,
  isReliability,
  isStatus,
  tlpSchema,
} from '../../../lib/vocabulary/index.js';
import { createCaseDatabase } from '../../../main/core/store/open-case.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** The values a column's `CHECK (column IN (…))` allows in a freshly created case file. */
function checkedValues(sql: string, column: string): string[] {
  const m = new RegExp(`${column} IN \\(([^)]*)\\)`).exec(sql);
  if (!m?.[1]) throw new Error(`no CHECK list for ${column}`);
  return m[1].split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
}

describe('vocabulary', () => {
  // The shipped migrations spell the lists in SQL and cannot be edited: this pins the one
  // TypeScript source to what the case file itself enforces.
  it('agrees with the CHECK constraints of a new case file', () => {
    const { db, lock } = createCaseDatabase(join(tempDir(), 'v.dossier'));
    try {
      const table = (name: string) =>
        (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
      expect(checkedValues(table('documents'), 'reliability')).toEqual([...RELIABILITY_GRADES]);
      for (const t of ['entities', 'mentions', 'events', 'links'])
        expect(checkedValues(table(t), 'status')).toEqual([...STATUSES]);
      expect(checkedValues(table('events'), 'date_precision')).toEqual([...DATE_PRECISIONS]);
      expect(checkedValues(table('citations'), 'subject_kind')).toEqual([...CITATION_SUBJECT_KINDS]);
      expect(table('links')).toContain('credibility BETWEEN 1 AND 6');
    } finally {
      db.close();
      lock?.release();
    }
  });

  it('orders TLP least restrictive first', () => {
    expect(TLP_LEVELS[0]).toBe('TLP:CLEAR');
    expect(TLP_LEVELS.at(-1)).toBe('TLP:RED');
    expect(tlpSchema.safeParse('TLP:WHITE').success).toBe(false);
  });

  it('guards tell grades from near misses', () => {
    expect(isStatus('confirmed')).toBe(true);
    expect(isStatus('Confirmed')).toBe(false);
    expect(isReliability('F')).toBe(true);
    expect(isReliability('G')).toBe(false);
    expect(isDatePrecision('unknown')).toBe(true);
    expect(isDatePrecision('week')).toBe(false);
    expect([0, 1, 6, 7, 2.5, Number.NaN].map(isCredibility)).toEqual([false, true, true, false, false, false]);
    expect(credibilitySchema.safeParse(7).success).toBe(false);
  });
});
