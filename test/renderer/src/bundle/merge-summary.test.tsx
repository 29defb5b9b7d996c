// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../preload/contract/bundle.js';
import { ConflictsList, type KeepChoice } from '../../../../renderer/src/bundle/conflicts-list.js';
import { MergeSummary } from '../../../../renderer/src/bundle/merge-summary.js';

const zero = { new: 0, updated: 0, conflicting: 0, unchanged: 0, deleted: 0 };
function result(over: Partial<ImportResult>): ImportResult {
  return {
    format: 'stix',
    dryRun: true,
    signature: null,
    totals: { ...zero, new: 11 },
    kinds: {},
    conflicts: [],
    possibleDuplicates: [],
    skipped: {},
    notes: [],
    localChanges: [],
    lost: [],
    timestampsCapped: 0,
    textsKept: 0,
    operationId: null,
    ...over,
  };
}

afterEach(cleanup);

describe('the import summary says what happened to the file', () => {
  it('lists the importer’s notes and what was left out, by count', () => {
    render(
      <MergeSummary
        result={result({
          notes: ['STIX 2.0 upgraded to 2.1: 8 objects given spec_version "2.1"'],
          skipped: { 'relationship (to an object not in the file)': 2 },
        })}
        done={false}
      />,
    );
    const notes = within(screen.getByTestId('import-notes'));
    expect(notes.getByText(/STIX 2\.0 upgraded to 2\.1/)).toBeTruthy();
    expect(notes.getByText('Left out: 2 relationship (to an object not in the file)')).toBeTruthy();
  });

  it('shows no notes box when there is nothing to say', () => {
    render(<MergeSummary result={result({})} done />);
    expect(screen.queryByTestId('import-notes')).toBeNull();
  });
});

function Harness({ r, done = false }: { r: ImportResult; done?: boolean }) {
  const [keep, setKeep] = useState<Record<string, KeepChoice>>({});
  return (
    <>
      <ConflictsList result={r} keep={keep} onKeep={(id, c) => setKeep((p) => ({ ...p, [id]: c }))} done={done} />
      <output data-testid="keep">{JSON.stringify(keep)}</output>
    </>
  );
}

describe('conflicts in the import preview', () => {
  const conflicting = result({
    conflicts: [
      {
        kind: 'entity',
        id: 'e1',
        label: 'Farrukh Nazarov',
        reason: 'both sides changed label (kept the incoming value)',
        fields: [{ field: 'label', here: 'F. Nazarov', incoming: 'Farrukh Nazarov (driver)' }],
        kept: 'incoming',
      },
      { kind: 'link', id: 'l1', label: 'works for', reason: 'the case holds a newer version (kept)' },
    ],
  });

  it('shows both values, preselects the merge’s pick, and lets the analyst keep the other', () => {
    render(<Harness r={conflicting} />);
    expect(screen.getByText('F. Nazarov')).toBeTruthy();
    expect(screen.getByText('Farrukh Nazarov (driver)')).toBeTruthy();
    const here = screen.getByLabelText("Keep this case's") as HTMLInputElement;
    const incoming = screen.getByLabelText('Keep incoming') as HTMLInputElement;
    expect([here.checked, incoming.checked]).toEqual([false, true]);
    fireEvent.click(here);
    expect(here.checked).toBe(true);
    expect(screen.getByTestId('keep').textContent).toBe('{"e1":"here"}');
    // A conflict without fields (a review clash, a newer version) is named with its reason.
    expect(screen.getByText(/works for: the case holds a newer version \(kept\)/)).toBeTruthy();
  });

  it('after the merge shows what was kept and offers no choice', () => {
    render(<Harness r={{ ...conflicting, dryRun: false }} done />);
    expect((screen.getByLabelText('Keep incoming') as HTMLInputElement).disabled).toBe(true);
  });
});
