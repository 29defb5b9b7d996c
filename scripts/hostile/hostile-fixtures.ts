import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { newId } from '../../main/core/ids.js';
import { entityRecord, manifestBytes, repeatedEntry, writeSmallBundle } from './craft-bundle.js';
import { type RawEntry, storedEntry, writeRawZip } from './raw-zip.js';

/** The case an attack aims at: ids of its records and one of its documents as stored. */
export interface TargetCase {
  ids: Record<string, string>;
  document: Record<string, unknown>;
}

/** One hostile input: how to build it and how to import it. */
export interface HostileFixture {
  name: string;
  attack: string;
  /** Writes the input into `dir` (aimed at `target` where it needs to be); returns its path. */
  build(dir: string, target?: TargetCase): string;
  /** importBundle options (passphrase, consent …). */
  options?: Record<string, unknown>;
  /** True when the input is large enough that it is generated at test time and never committed. */
  large?: boolean;
}

const MiB = 1024 * 1024;

/** An encrypted-bundle header asking scrypt for N=2^20, r=32, p=16: 4 GiB before any passphrase check. */
function kdfBomb(dir: string): string {
  const path = join(dir, 'kdf-bomb.casebundle');
  const header = Buffer.from(
    JSON.stringify({
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      N: 2 ** 20,
      r: 32,
      p: 16,
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      iv: 'AAAAAAAAAAAAAAAA',
      keyCheck: 'AAAA',
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from('DOSSIER-ENCRYPTED-BUNDLE\n', 'latin1'), length, header, Buffer.alloc(16)]),
  );
  return path;
}

/** 2 GiB of zeros in records/document.jsonl, padded so it compresses 199:1 (just under the per-entry bound). */
function zipBomb(dir: string): string {
  const path = join(dir, 'zip-bomb-199.casebundle');
  const bomb = repeatedEntry('records/document.jsonl', Buffer.alloc(64 * MiB), 32, 199);
  writeRawZip(path, [storedEntry('manifest.json', manifestBytes({ [bomb.name]: { size: bomb.size } })), bomb]);
  return path;
}

/** One JSON line of 200 MB (an entity whose label is 200 MB), compressing about 100:1. */
function longLine(dir: string): string {
  const path = join(dir, 'line-200mb.casebundle');
  const head = Buffer.from(JSON.stringify(entityRecord({ label: '' })).replace('"label":""', '"label":"'));
  // A chunk that compresses well but not absurdly: 'a's with a varying letter every 512 bytes.
  const chunk = Buffer.alloc(MiB, 'a');
  for (let i = 0; i < chunk.length; i += 512) chunk[i] = 98 + ((i / 512) % 20);
  const body = repeatedEntry('records/entity.jsonl', chunk, 200);
  // The line never closes: the label runs to the end of the entry, so no honest reader should get that far.
  body.data.unshift(...repeatedEntry('x', head, 1).data.slice(0, 1));
  body.size += head.length;
  let crc = crc32(head);
  for (let i = 0; i < 200; i++) crc = crc32(chunk, crc);
  body.crc = crc;
  writeRawZip(path, [storedEntry('manifest.json', manifestBytes({ [body.name]: { size: body.size } })), body]);
  return path;
}

const line = (v: unknown): string => `${JSON.stringify(v)}\n`;

/** A small crafted bundle whose manifest is truthful, so only the named part is hostile. */
function small(
  name: string,
  entries: Record<string, string | Uint8Array>,
  manifest: Record<string, unknown> = {},
): (dir: string) => string {
  return (dir) => {
    const path = join(dir, `${name}.casebundle`);
    writeSmallBundle(path, entries, manifest);
    return path;
  };
}

/** Raw entries with a manifest listing them (sizes as declared), for lies in the zip itself. */
function raw(name: string, entries: () => RawEntry[]): (dir: string) => string {
  return (dir) => {
    const path = join(dir, `${name}.casebundle`);
    const list = entries();
    writeRawZip(path, [
      storedEntry('manifest.json', manifestBytes(Object.fromEntries(list.map((e) => [e.name, { size: e.size }])))),
      ...list,
    ]);
    return path;
  };
}

function target(t: TargetCase | undefined): TargetCase {
  if (!t) throw new Error('this fixture is aimed at a case: pass its ids');
  return t;
}

/** Unsigned, aimed at the case's own records: deletes, rewrites (dated 9999) and merges them away. */
function localHarm(kind: 'tombstone' | 'rewrite' | 'redirect') {
  return (dir: string, t?: TargetCase): string => {
    const { ids, document } = target(t);
    const now = new Date().toISOString();
    const stranger = newId();
    const entries: Record<string, string> =
      kind === 'tombstone'
        ? {
            'tombstones.jsonl':
              line({ id: ids.doc, kind: 'document', caseId: stranger, deletedAt: now }) +
              line({ id: ids.person, kind: 'entity', caseId: stranger, deletedAt: now }),
          }
        : kind === 'rewrite'
          ? {
              'records/document.jsonl': line({
                ...document,
                title: 'Forged',
                text: 'Nothing happened.',
                modifiedAt: '9999-12-31T00:00:00.000Z',
              }),
            }
          : { 'redirects.jsonl': line({ fromId: ids.org, toId: ids.person, caseId: stranger, mergedAt: now }) };
    return small(`local-${kind}`, entries)(dir);
  };
}

export const HOSTILE_FIXTURES: HostileFixture[] = [
  {
    name: 'path-traversal',
    attack: 'entry name ../evil.jsonl',
    build: small('path-traversal', { '../evil.jsonl': 'x' }),
  },
  { name: 'absolute-path', attack: 'entry name /etc/passwd', build: small('absolute-path', { '/etc/passwd': 'x' }) },
  {
    name: 'symlink',
    attack: 'an entry that is a symbolic link',
    build: raw('symlink', () => {
      const e = storedEntry('records/entity.jsonl', Buffer.from('/etc/passwd'));
      return [{ ...e, unixMode: 0o120777 }];
    }),
  },
  {
    name: 'lying-size',
    attack: 'a stored entry holding more than it declares',
    build: raw('lying-size', () => [
      { ...storedEntry('records/entity.jsonl', Buffer.from(line(entityRecord()))), size: 10 },
    ]),
  },
  {
    name: 'ratio-bomb',
    attack: '1 GiB of zeros at 1000:1 in one entry',
    build: raw('ratio-bomb', () => [repeatedEntry('records/entity.jsonl', Buffer.alloc(MiB), 1024)]),
    large: true,
  },
  {
    name: 'newline-bomb',
    attack: '40 MiB of blank lines',
    build: raw('newline-bomb', () => [repeatedEntry('records/entity.jsonl', Buffer.alloc(MiB, 0x0a), 40, 45)]),
    large: true,
  },
  {
    name: 'newer-format',
    attack: 'manifest claims format version 99',
    build: small('newer-format', {}, { formatVersion: 99 }),
  },
  {
    name: 'bad-json',
    attack: 'a records line that is not JSON',
    build: small('bad-json', { 'records/entity.jsonl': `${line(entityRecord())}{"id": oops}\n` }),
  },
  {
    name: 'schema-violation',
    attack: 'an entity with status "maybe"',
    build: small('schema-violation', { 'records/entity.jsonl': line(entityRecord({ status: 'maybe' })) }),
  },
  {
    name: 'proto-pollution',
    attack: 'a "__proto__" key in properties',
    build: small('proto-pollution', {
      'records/entity.jsonl': line(entityRecord()).replace(
        '"properties":{}',
        '"properties":{"__proto__":{"polluted":true}}',
      ),
    }),
  },
  {
    name: 'bad-id',
    attack: 'a UUIDv4 where a UUIDv7 belongs',
    build: small('bad-id', {
      'records/entity.jsonl': line(entityRecord({ id: '0d7e8c36-8f4e-4f6a-9a43-2f8d7e5b1c11' })),
    }),
  },
  {
    name: 'unlisted-entry',
    attack: 'an entry the manifest does not list',
    build: (dir) => {
      const p = join(dir, 'unlisted.casebundle');
      writeRawZip(p, [
        storedEntry('manifest.json', manifestBytes({})),
        storedEntry('records/link.jsonl', Buffer.from('')),
      ]);
      return p;
    },
  },
  {
    name: 'hash-mismatch',
    attack: 'an entry that does not hash to its manifest line',
    build: (dir) => {
      const p = join(dir, 'hash.casebundle');
      const body = Buffer.from(line(entityRecord()));
      writeRawZip(p, [
        storedEntry(
          'manifest.json',
          manifestBytes({ 'records/entity.jsonl': { size: body.length, sha256: 'f'.repeat(64) } }),
        ),
        storedEntry('records/entity.jsonl', body),
      ]);
      return p;
    },
  },
  {
    name: 'dangling-reference',
    attack: 'an alias of an entity that exists nowhere',
    build: small('dangling-reference', {
      'records/alias.jsonl': line({
        ...entityRecord(),
        type: undefined,
        label: undefined,
        properties: undefined,
        notes: undefined,
        status: undefined,
        entityId: newId(),
        alias: 'ghost',
      }),
    }),
  },
  {
    name: 'truncated',
    attack: 'a bundle cut in half',
    build: (dir) => {
      const p = small('whole', { 'records/entity.jsonl': line(entityRecord()) })(dir);
      const b = readFileSync(p);
      const cut = join(dir, 'truncated.casebundle');
      writeFileSync(cut, b.subarray(0, b.length >> 1));
      return cut;
    },
  },
  { name: 'local-tombstones', attack: 'unsigned: deletes a local document and entity', build: localHarm('tombstone') },
  {
    name: 'local-rewrite-9999',
    attack: 'unsigned: rewrites a local document, modifiedAt 9999-12-31',
    build: localHarm('rewrite'),
  },
  { name: 'local-redirect', attack: 'unsigned: merges a local entity away', build: localHarm('redirect') },
  {
    name: 'kdf-bomb',
    attack: 'encrypted header asks scrypt for 4 GiB (N=2^20, r=32, p=16)',
    build: kdfBomb,
    options: { passphrase: 'any' },
  },
  { name: 'zip-bomb-199', attack: '2 GiB of zeros padded to 199:1', build: zipBomb, large: true },
  { name: 'line-200mb', attack: 'one 200 MB JSON line', build: longLine, large: true },
];
