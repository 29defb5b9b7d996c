// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../preload/contract/bundle.js';
import { LocalChangesList } from '../../../../renderer/src/bundle/local-changes-list.js';

const zero = { new: 0, updated: 0, conflicting: 0, unchanged: 0, deleted: 0 };
function result(status: ImportResult['localChanges'][number]['status'], signed = false): ImportResult {
  return {
    format: 'casebundle',
    dryRun: true,
    signature: signed
      ? { state: 'valid', fingerprint: 'AAAA', trustedAs: 'Bob' }
      : { state: 'unsigned', fingerprint: null, trustedAs: null },
    totals: zero,
    kinds: {},
    conflicts: [],
    possibleDuplicates: [],
    skipped: {},
    notes: [],
    lost: [],
    timestampsCapped: 0,
    textsKept: 0,
    operationId: null,
    localChanges: [
      { action: 'delete', kind: 'entity', id: 'e1', label: 'Dushanbe', detail: 'deleted in x.casebundle', status },
      {
        action: 'rewrite',
        kind: 'document',
        id: 'd1',
        label: 'Field report 7',
        detail: 'title: "Field report 7" → "Forged"',
        status,
      },
    ],
  };
}

function Harness({ r, keptHere }: { r: ImportResult; keptHere?: ReadonlySet<string> }) {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  return (
    <LocalChangesList
      result={r}
      keptHere={keptHere}
      accepted={accepted}
      onToggle={(id) => setAccepted((p) => new Set(p.has(id) ? [...p].filter((x) => x !== id) : [...p, id]))}
    />
  );
}

afterEach(cleanup);

describe('the import preview lists changes to the analyst’s own records', () => {
  it('asks for a tick on each when the bundle is unsigned, none ticked by default', () => {
    render(<Harness r={result('needs-consent')} />);
    expect(screen.getByText(/not signed: anyone could have written or altered it/)).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, false]);
    fireEvent.click(screen.getByLabelText('Accept: Change Field report 7'));
    expect((screen.getByLabelText('Accept: Change Field report 7') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/title: "Field report 7" → "Forged"/)).toBeTruthy();
  });

  it('shows them without tick boxes when a trusted key signed the bundle', () => {
    render(<Harness r={result('trusted-signer', true)} />);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText(/Signed by a trusted key/)).toBeTruthy();
  });

  it('after a merge of an unsigned bundle says the analyst accepted them, never that a trusted key signed it', () => {
    render(<Harness r={{ ...result('accepted'), dryRun: false }} />);
    expect(screen.queryByText(/Signed by a trusted key/)).toBeNull();
    expect(screen.getByText(/You accepted these; they were applied/)).toBeTruthy();
  });

  it("says where a conflict keeps this case's value, so a listed change is not read as applied", () => {
    render(<Harness r={result('accepted')} keptHere={new Set(['d1'])} />);
    expect(
      screen.getByText(/title: "Field report 7" → "Forged" · both sides changed: this case's value kept/),
    ).toBeTruthy();
    expect(screen.queryAllByText(/this case's value kept/)).toHaveLength(1);
  });
});
