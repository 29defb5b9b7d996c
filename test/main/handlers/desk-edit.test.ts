import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type {
  DeskChange,
  DocumentDetail,
  DocumentRow,
  EntityDetail,
  EventEditable,
  LinkEditable,
  OriginalFile,
} from '../../../preload/contract.js';
import { useRuntimes } from '../runtime-fixture.js';

const runtime = useRuntimes('dossier-desk-handlers-');

async function sample() {
  const rt = runtime();
  await rt.call('case:open-sample');
  const docs = (await rt.call('documents:list', {})) as { rows: DocumentRow[] };
  const doc = (await rt.call('documents:get', { id: docs.rows[0]!.id })) as DocumentDetail;
  return { rt, doc };
}

describe('the desk through the contract, on the sample case', () => {
  it('creates an entity from a selection, sets typed properties, refuses bad ones without writing, and undoes', async () => {
    const { rt, doc } = await sample();
    const word = /\b[A-Z][a-z]{4,}\b/.exec(doc.text)!;
    const made = (await rt.call('entities:create', {
      type: 'person',
      label: word[0],
      mention: { documentId: doc.id, start: word.index, end: word.index + word[0].length },
    })) as DeskChange;
    expect(made.message).toBe(`Created "${word[0]}" with its first mention`);
    const id = made.id!;
    await expect(rt.call('entities:edit', { id, properties: { birthDate: '1952-02-30' } })).rejects.toThrow(
      'invalid-argument: birthDate: 1952-02 has no day 30',
    );
    const edit = (await rt.call('entities:edit', {
      id,
      properties: { birthDate: '1952-10-05', nationality: 'tj' },
    })) as DeskChange;
    const detail = (await rt.call('entities:get', { id })) as EntityDetail;
    expect(detail.properties).toMatchObject({ birthDate: '1952-10-05', nationality: 'TJ' });
    expect(detail.mentions).toBe(1);
    // An undo that would clobber the later edit is refused; the edit itself undoes.
    await expect(rt.call('entities:undo', { undoToken: made.undoToken })).rejects.toThrow(/changed since/);
    await rt.call('entities:undo', { undoToken: edit.undoToken });
    expect(((await rt.call('entities:get', { id })) as EntityDetail).properties).not.toHaveProperty('birthDate');
  });

  it('creates, edits and lists links and events with their vocabularies', async () => {
    const { rt, doc } = await sample();
    const [a, b] = [...new Map(doc.mentionList.map((m) => [m.entityId, m])).values()];
    const types = (await rt.call('links:types')) as string[];
    expect(types.slice(0, 3)).toEqual(['member_of', 'leader_of', 'works_for']);
    expect(types).toContain('president of');
    const link = (await rt.call('links:create', {
      sourceId: a!.entityId,
      targetId: b!.entityId,
      type: 'funds',
      directed: true,
      confidence: 0.7,
      credibility: 3,
      citations: [{ documentId: doc.id, start: a!.start, end: b!.end > a!.start ? b!.end : a!.end }],
    })) as DeskChange;
    const editable = (await rt.call('links:get-editable', { id: link.id })) as LinkEditable;
    expect(editable).toMatchObject({ type: 'funds', credibility: 3, status: 'confirmed' });
    expect(editable.citations).toHaveLength(1);
    await rt.call('links:edit', { id: link.id, credibility: 2, removeCitationIds: [editable.citations[0]!.id] });
    expect((await rt.call('links:get-editable', { id: link.id })) as LinkEditable).toMatchObject({
      credibility: 2,
      citations: [],
    });
    // A type typed the way it reads is stored in the vocabulary's one spelling (extraction's).
    await rt.call('links:edit', { id: link.id, type: ' Member of ' });
    expect(((await rt.call('links:get-editable', { id: link.id })) as LinkEditable).type).toBe('member_of');

    const ev = (await rt.call('events:create', {
      title: 'Meeting at the border',
      type: 'meeting',
      startAt: '2025-12-12',
      participants: [
        { entityId: a!.entityId, role: 'agent' },
        { entityId: b!.entityId, role: 'addressee' },
      ],
      citations: [{ documentId: doc.id, start: a!.start, end: a!.end }],
    })) as DeskChange;
    const event = (await rt.call('events:get-editable', { id: ev.id })) as EventEditable;
    expect(event).toMatchObject({ type: 'meeting', datePrecision: 'day', status: 'confirmed' });
    expect(event.participants.map((p) => p.role).sort()).toEqual(['addressee', 'agent']);
    await expect(rt.call('events:create', { title: 'x', startAt: '12/12/2025', participants: [] })).rejects.toThrow(
      /YYYY/,
    );
    const suggested = (await rt.call('events:list', { status: 'suggested' })) as { rows: { id: string }[] };
    if (suggested.rows.length) {
      await rt.call('events:set-status', { ids: suggested.rows.map((r) => r.id), status: 'confirmed' });
      expect(((await rt.call('events:list', { status: 'suggested' })) as { total: number }).total).toBe(0);
    }
  });

  it('grades documents in bulk, hands out the original unchanged, finds a search hit', async () => {
    const { rt, doc } = await sample();
    const docs = (await rt.call('documents:list', {})) as { rows: DocumentRow[] };
    const ids = docs.rows.slice(0, 3).map((d) => d.id);
    const change = (await rt.call('documents:mark', { ids, reliability: 'C', tlp: 'TLP:GREEN' })) as DeskChange;
    expect(change.message).toBe('3 documents graded C and marked TLP:GREEN');
    const after = (await rt.call('documents:list', {})) as { rows: DocumentRow[] };
    expect(
      after.rows.filter((d) => ids.includes(d.id)).every((d) => d.reliability === 'C' && d.tlp === 'TLP:GREEN'),
    ).toBe(true);
    await expect(rt.call('documents:mark', { ids })).rejects.toThrow(/grade or a TLP/);

    const original = (await rt.call('documents:original', { id: doc.id })) as OriginalFile;
    const bytes = Buffer.from(original.dataBase64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(original.sha256);
    expect(original.size).toBe(bytes.length);

    const words = doc.text.slice(doc.mentionList[0]!.start, doc.mentionList[0]!.end);
    const hit = (await rt.call('documents:find-text', { id: doc.id, text: words.toLowerCase() })) as {
      start: number;
    } | null;
    expect(hit).not.toBeNull();
    expect(doc.text.slice(hit!.start).toLowerCase().startsWith(words.toLowerCase())).toBe(true);
  });
});
