import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseSummary, EntityChange, EntityDetail, JobStatus } from '../../../preload/contract.js';
import { coreImport } from '../../../main/handlers/core-services.js';
import { useRuntimes } from '../runtime-fixture.js';

const runtime = useRuntimes('dossier-dispatch-');

describe('the dispatcher', () => {
  it('refuses an unknown method with a typed error', async () => {
    const r = runtime();
    expect(await r.dispatch('case:drop-table', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: '"case:drop-table" is not a Dossier method' },
    });
  });

  it('refuses arguments that fail the schema, naming the field, and changes nothing', async () => {
    const r = runtime();
    const reply = await r.dispatch('case:create', { title: '', path: join(r.ctx.paths.cases, 'x.dossier') });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-argument');
      expect(reply.error.message).toMatch(/^case:create: title:/);
    }
    expect(readdirSync(r.ctx.paths.cases)).toEqual([]);
    const extra = await r.dispatch('case:create', { title: 'A', sneaky: true });
    expect(extra.ok).toBe(false);
    expect(r.ctx.session.summary()).toBeNull();
  });

  it('answers "no case is open" on the start screen instead of failing obscurely', async () => {
    const r = runtime();
    const reply = await r.dispatch('documents:list', {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no case is open: open or create a case first' },
    });
  });

  it('creates a case, remembers it, and announces it', async () => {
    const r = runtime();
    const summary = (await r.call('case:create', { title: 'Border watch' })) as CaseSummary;
    expect(summary.title).toBe('Border watch');
    expect(summary.tlp).toBe('TLP:AMBER');
    expect(existsSync(summary.path)).toBe(true);
    expect(summary.path.startsWith(r.ctx.paths.cases)).toBe(true);
    expect(await r.call('case:current')).toEqual(summary);
    expect(((await r.call('app:recent-cases')) as { path: string }[])[0]?.path).toBe(summary.path);
    expect(
      r.events.some(
        (e) => e.name === 'case:changed' && (e.payload as { summary: CaseSummary }).summary?.id === summary.id,
      ),
    ).toBe(true);
  });

  it('keeps the open case when another file cannot be opened', async () => {
    const r = runtime();
    const first = (await r.call('case:create', { title: 'Kept' })) as CaseSummary;
    const bogus = join(r.ctx.paths.cases, 'bogus.dossier');
    writeFileSync(bogus, 'not a database');
    const reply = await r.dispatch('case:open', { path: bogus });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('not-a-case');
    expect(((await r.call('case:current')) as CaseSummary).id).toBe(first.id);
  });

  it('refuses native file pickers in the browser host', async () => {
    const r = runtime();
    const reply = await r.dispatch('app:pick-files', { purpose: 'open-case' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('unsupported');
  });
});

describe('documents, entities and search through the contract', () => {
  it("imports uploaded files as a job (the app's worker-thread import), reports progress and skips duplicates with a reason", async () => {
    const r = runtime(coreImport);
    await r.call('case:create', { title: 'Imports' });
    const text =
      'President Emomali Rahmon met officials of the Collective Security Treaty Organization in Dushanbe on 4 December 2025.';
    const file = { name: 'note.txt', dataBase64: Buffer.from(text).toString('base64') };
    const { jobId } = (await r.call('documents:import-upload', { files: [file, { ...file, name: 'copy.txt' }] })) as {
      jobId: string;
    };
    const done = await waitForJob(r, jobId);
    expect(done.state).toBe('done');
    expect(done.files.map((f) => f.name)).toEqual(['note.txt']);
    expect(done.skipped).toEqual([
      { name: 'copy.txt', kind: 'duplicate', reason: 'the same bytes are already in the case' },
    ]);
    expect(readdirSync(r.ctx.paths.temp)).toEqual([]);

    const list = (await r.call('documents:list')) as {
      total: number;
      rows: { id: string; title: string; mentions: number }[];
    };
    expect(list.total).toBe(1);
    const doc = (await r.call('documents:get', { id: list.rows[0]!.id })) as {
      text: string;
      mentionList: { id: string; entityLabel: string; start: number; end: number }[];
    };
    expect(doc.text).toContain('Emomali Rahmon');
    // The staging folder is gone: the document records the upload, not a temp path.
    expect(r.ctx.session.require().require('document', list.rows[0]!.id).sourceUri).toBe('upload:note.txt');
    const rahmon = doc.mentionList.find((m) => m.entityLabel.includes('Rahmon'));
    expect(rahmon && doc.text.slice(rahmon.start, rahmon.end)).toContain('Rahmon');

    const accepted = (await r.call('documents:set-mention-status', {
      mentionId: doc.mentionList[0]!.id,
      status: 'confirmed',
    })) as { mention: { status: string }; undoToken: string };
    expect(accepted.mention.status).toBe('confirmed');
    await r.call('entities:undo', { undoToken: accepted.undoToken });
    expect(r.ctx.session.require().require('mention', doc.mentionList[0]!.id).status).toBe('suggested');

    const hits = (await r.call('search:query', { text: 'rahm' })) as {
      documents: unknown[];
      entities: { label: string }[];
    };
    expect(hits.documents).toHaveLength(1);
    expect(hits.entities.some((e) => e.label.includes('Rahmon'))).toBe(true);
  });

  it('confirms, renames and undoes entity changes, and refuses a bad id without writing', async () => {
    const r = runtime();
    await r.call('case:create', { title: 'Entities' });
    const { jobId } = (await r.call('documents:import-upload', {
      files: [
        {
          name: 'a.txt',
          dataBase64: Buffer.from('Farrukh Nazarov works for Pamir Ore Development in Khorog.').toString('base64'),
        },
      ],
    })) as { jobId: string };
    await waitForJob(r, jobId);
    const { rows } = (await r.call('entities:list')) as {
      rows: { id: string; label: string; status: string; mentions: number; documents: number }[];
    };
    expect(rows.length).toBeGreaterThan(0);
    const target = rows[0]!;
    // The grouped counts agree with the records themselves.
    for (const row of rows) {
      const live = r.ctx.session
        .require()
        .list('mention', { entityId: row.id })
        .filter((m) => m.status !== 'rejected');
      expect([row.mentions, row.documents]).toEqual([live.length, new Set(live.map((m) => m.documentId)).size]);
    }
    const auditBefore = r.ctx.session.require().auditLog().length;
    const bad = await r.dispatch('entities:rename', { id: 'not-an-id', label: 'x' });
    expect(bad.ok).toBe(false);
    expect(r.ctx.session.require().auditLog().length).toBe(auditBefore);

    const confirmed = (await r.call('entities:set-status', { ids: [target.id], status: 'confirmed' })) as EntityChange;
    expect(confirmed.message).toBe(`Confirmed "${target.label}"`);
    const renamed = (await r.call('entities:rename', { id: target.id, label: 'Renamed by analyst' })) as EntityChange;
    let detail = (await r.call('entities:get', { id: target.id })) as EntityDetail;
    expect(detail.label).toBe('Renamed by analyst');
    expect(detail.status).toBe('confirmed');
    expect(detail.aliases).toContain(target.label);

    await r.call('entities:undo', { undoToken: renamed.undoToken });
    detail = (await r.call('entities:get', { id: target.id })) as EntityDetail;
    expect(detail.label).toBe(target.label);
    expect(detail.aliases).not.toContain(target.label);
    const again = await r.dispatch('entities:undo', { undoToken: renamed.undoToken });
    expect(again.ok).toBe(false);
  });

  it('merges entities of one type with undo, and refuses a merge across types without writing', async () => {
    const r = runtime();
    await r.call('case:create', { title: 'Merges' });
    const store = r.ctx.session.requireWritable();
    const add = (label: string, type: string) =>
      store.insert('entity', { type, label, properties: {}, notes: '', status: 'suggested' });
    const places = [add('Dushanbe', 'location'), add('Dushanbe city', 'location')];
    const person = add('Emomali Rahmon', 'person');
    const across = await r.dispatch('entities:merge', { targetId: places[0]!.id, sourceIds: [person.id] });
    expect(across.ok).toBe(false);
    if (!across.ok) expect(across.error.message).toMatch(/only entities of one type merge/);
    expect(r.ctx.session.require().get('entity', person.id)).not.toBeNull();

    const merged = (await r.call('entities:merge', {
      targetId: places[0]!.id,
      sourceIds: [places[1]!.id],
    })) as EntityChange;
    expect(merged.message).toBe(`Merged "${places[1]!.label}" into "${places[0]!.label}"`);
    expect(r.ctx.session.require().get('entity', places[1]!.id)).toBeNull();
    await r.call('entities:undo', { undoToken: merged.undoToken });
    const link = store.insert('link', {
      sourceId: person.id,
      targetId: places[0]!.id,
      type: 'visited',
      directed: true,
      confidence: 0.8,
      credibility: null,
      firstSeen: null,
      lastSeen: null,
      status: 'confirmed',
      properties: {},
    });
    const shown = (await r.call('entities:get-link', { id: link.id })) as {
      source: { label: string };
      target: { label: string };
      citations: unknown[];
    };
    expect([shown.source.label, shown.target.label, shown.citations]).toEqual(['Emomali Rahmon', 'Dushanbe', []]);
    const ev = store.insert('event', {
      title: 'Visit to Dushanbe',
      startAt: '2025-12-04',
      endAt: null,
      datePrecision: 'day',
      locationEntityId: places[0]!.id,
      description: '',
      status: 'suggested',
      properties: {},
    });
    store.insert('participant', { eventId: ev.id, entityId: person.id, role: 'visitor' });
    const detail = (await r.call('entities:get-event', { id: ev.id })) as {
      location: { label: string };
      participants: { label: string; role: string }[];
    };
    expect(detail.location.label).toBe('Dushanbe');
    expect(detail.participants).toEqual([{ id: person.id, label: 'Emomali Rahmon', type: 'person', role: 'visitor' }]);
    expect(r.ctx.session.require().get('entity', places[1]!.id)?.label).toBe(places[1]!.label);
  });
});

async function waitForJob(r: ReturnType<typeof runtime>, jobId: string): Promise<JobStatus> {
  const until = Date.now() + 20_000;
  for (;;) {
    const job = r.ctx.jobs.get(jobId);
    if (job.state !== 'running') {
      // The finishing event is pushed too, not only stored.
      expect(
        r.events.some(
          (e) =>
            e.name === 'job:progress' &&
            (e.payload as JobStatus).jobId === jobId &&
            (e.payload as JobStatus).state === job.state,
        ),
      ).toBe(true);
      return job;
    }
    if (Date.now() > until) throw new Error('import did not finish');
    await new Promise((res) => setTimeout(res, 20));
  }
}
