import { writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/**
 * A zip written byte by byte, so a hostile fixture can say anything in its directory: sizes that
 * lie, compressed data padded with junk, entries made of repeated deflate blocks. Only for
 * building test inputs; Dossier's own writer is main/core/bundle/zip-writer.ts.
 */
export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  /** The bytes as they sit in the file (already deflated when method is 8). */
  data: Uint8Array[];
  /** Uncompressed size written in the directory. */
  size: number;
  crc: number;
  /** Unix mode to write in the directory (made by Unix): 0o120777 marks a symbolic link. */
  unixMode?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export function writeRawZip(path: string, entries: RawEntry[]): void {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const compressed = e.data.reduce((n, d) => n + d.length, 0);
    const common = [
      u16(20),
      u16(0x800),
      u16(e.method),
      u16(0),
      u16(0x21),
      u32(e.crc),
      u32(compressed),
      u32(e.size),
      u16(name.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, name]);
    const madeBy = e.unixMode === undefined ? 20 : (3 << 8) | 20;
    const external = e.unixMode === undefined ? 0 : e.unixMode << 16;
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(madeBy),
        ...common,
        u16(0),
        u16(0),
        u16(0),
        u32(external),
        u32(offset),
        name,
      ]),
    );
    parts.push(local, ...e.data.map((d) => Buffer.from(d.buffer, d.byteOffset, d.byteLength)));
    offset += local.length + compressed;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(dir.length),
    u32(offset),
    u16(0),
  ]);
  writeFileSync(path, Buffer.concat([...parts, dir, end]));
}

/** CRC-32 of `chunk` repeated `times` times (for entries too large to hold). */
export function repeatedCrc(chunk: Uint8Array, times: number, tail?: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  return tail ? crc32(tail, crc) : crc;
}

export function storedEntry(name: string, bytes: Uint8Array): RawEntry {
  return { name, method: 0, data: [bytes], size: bytes.length, crc: crc32(bytes) };
}
