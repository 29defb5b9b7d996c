// Store benchmark (issue 2): bulk inserts through the store API against the same inserts made
// directly with better-sqlite3 on the same schema, then FTS query latency, file size and RSS.
// Sizes can be scaled down for a quick run: STORE_BENCH_SCALE=0.1 npx tsx test/bench/store.bench.ts
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseStore } from '../../main/core/store/case-store.js';
import type { NewRecord } from '../../main/core/store/records.js';
import { newId, nowIso } from '../../main/core/ids.js';
import { corpusTexts, peakRssMb, percentile, report, seededRandom, timeMs } from './bench-util.js';

const scale = Number(process.env.STORE_BENCH_SCALE ?? 1);
const N_DOCS = Math.round(20_000 * scale);
const N_ENTITIES = Math.round(100_000 * scale);
const N_MENTIONS = Math.round(200_000 * scale);
const N_QUERIES = 1_000;

const words = corpusTexts()
  .join(' ')
  .split(/\s+/)
  .filter((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w));
const random = seededRandom(42);
const pick = () => words[Math.floor(random() * words.length)]!;

// Generated once so both runs insert identical data.
const docTexts = Array.from({ length: N_DOCS }, () => Array.from({ length: 500 }, pick).join(' '));
const labels = Array.from({ length: N_ENTITIES }, (_, i) => `${pick()} ${pick()} ${i}`);
const docIds = Array.from({ length: N_DOCS }, () => newId());
const entityIds = Array.from({ length: N_ENTITIES }, () => newId());
const mentionRefs = Array.from({ length: N_MENTIONS }, () => ({
  doc: docIds[Math.floor(random() * N_DOCS)]!,
  entity: entityIds[Math.floor(random() * N_ENTITIES)]!,
  start: Math.floor(random() * 2000),
}));

function documentFields(i: number): NewRecord<'document'> {
  return {
    id: docIds[i]!,
    title: `Report ${i}`,
    sourceUri: `file:///reports/${i}.txt`,
    mimeType: 'text/plain',
    sha256: String(i).padStart(64, '0'),
    size: docTexts[i]!.length,
    text: docTexts[i]!,
    language: 'en',
    publishedAt: '2025-12-13',
    ingestedAt: nowIso(),
    reliability: 'B',
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: {},
  };
}

function viaStore(path: string): number {
  const store = CaseStore.create(path, { title: 'bench' });
  const ms = timeMs(() => {
    store.insertMany(
      'document',
      docIds.map((_, i) => documentFields(i)),
    );
    store.insertMany(
      'entity',
      entityIds.map((id, i) => ({
        id,
        type: 'person',
        label: labels[i]!,
        properties: {},
        notes: '',
        status: 'suggested',
      })),
    );
    store.insertMany(
      'mention',
      mentionRefs.map((m) => ({
        documentId: m.doc,
        entityId: m.entity,
        start: m.start,
        end: m.start + 10,
        surface: 'x',
        extractor: 'bench',
        extractorVersion: '1',
        status: 'suggested',
      })),
    );
  });
  store.close();
  return ms;
}

function viaBinding(path: string): number {
  // A case file with the same schema (created by the store, then closed), written directly.
  CaseStore.create(path, { title: 'baseline' }).close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const caseId = newId();
  const insDoc =
    db.prepare(`INSERT INTO documents (id, case_id, created_at, modified_at, title, source_uri, mime_type, sha256, size, text, language, published_at, ingested_at, reliability, tlp, parent_id, properties)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insEnt = db.prepare(
    'INSERT INTO entities (id, case_id, created_at, modified_at, type, label, properties, notes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insMen = db.prepare(
    'INSERT INTO mentions (id, case_id, created_at, modified_at, document_id, entity_id, start, end, surface, extractor, extractor_version, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ms = timeMs(() => {
    const now = nowIso();
    db.transaction(() => {
      docIds.forEach((id, i) =>
        insDoc.run(
          id,
          caseId,
          now,
          now,
          `Report ${i}`,
          `file:///reports/${i}.txt`,
          'text/plain',
          String(i).padStart(64, '0'),
          docTexts[i]!.length,
          docTexts[i]!,
          'en',
          '2025-12-13',
          now,
          'B',
          'TLP:AMBER',
          null,
          '{}',
        ),
      );
    })();
    db.transaction(() => {
      entityIds.forEach((id, i) => insEnt.run(id, caseId, now, now, 'person', labels[i]!, '{}', '', 'suggested'));
    })();
    db.transaction(() => {
      for (const m of mentionRefs)
        insMen.run(newId(), caseId, now, now, m.doc, m.entity, m.start, m.start + 10, 'x', 'bench', '1', 'suggested');
    })();
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-store-'));
try {
  const baselineMs = viaBinding(join(dir, 'baseline.dossier'));
  const casePath = join(dir, 'store.dossier');
  const storeMs = viaStore(casePath);
  report('store_insert_ms', storeMs, 'ms');
  report('baseline_insert_ms', baselineMs, 'ms');
  report('store_vs_baseline', storeMs / baselineMs, 'x');

  const store = CaseStore.open(casePath, { readOnly: true });
  const latencies: number[] = [];
  for (let i = 0; i < N_QUERIES; i++) {
    const q = i % 3 === 0 ? `${pick()} ${pick()}` : pick();
    latencies.push(timeMs(() => store.searchDocuments(`"${q.replace(/"/g, '')}"`, 20)));
  }
  store.close();
  latencies.sort((a, b) => a - b);
  report('fts_query_p50', percentile(latencies, 50), 'ms');
  report('fts_query_p95', percentile(latencies, 95), 'ms');
  report('case_file_size', statSync(casePath).size / 1024 / 1024, 'MB');
  report('store_peak_rss', peakRssMb(), 'MB');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
