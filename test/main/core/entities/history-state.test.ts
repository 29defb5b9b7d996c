import { describe, expect, it } from 'vitest';
import { historyState } from '../../../../main/core/entities/history-state.js';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { sqlOf } from '../../../../main/core/store/case-sql.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

describe('historyState', () => {
  it('names the next undo and redo without reading any operation journal', () => {
    const { store, us1, us2 } = buildCase(tempDir());
    const merged = mergeEntities(store, us1.id, [us2.id]);
    undoLast(store);
    const db = sqlOf(store);
    const asked: string[] = [];
    const prepare = db.prepare.bind(db);
    // Every statement historyState prepares is recorded: the journal (`changes`) of a seeded
    // chart or a merge runs to megabytes, and this state is read after every undo and redo.
    db.prepare = ((sql: string) => {
      asked.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    const state = historyState(store);
    db.prepare = prepare;
    expect(state.redo?.operationId).toBe(merged.operationId);
    expect(state.redo?.name).toBe('merge');
    expect(asked.length).toBeGreaterThan(0);
    for (const sql of asked) {
      expect(sql).not.toMatch(/SELECT \*/);
      expect(sql).not.toMatch(/\bchanges\b/);
    }
    store.close();
  });
});
