import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { DossierError } from '../errors.js';
import { type BundleLimits, LIMITS } from './format.js';
import { checkDeclaredSizes, formatBytes } from './limits.js';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

const CHUNK = 1 << 20;
/** Compressed bytes per inflate step: at deflate's 1032:1 ceiling, at most ~16 MiB out at once. */
const INFLATE_PUSH = 16 << 10;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function refuse(reason: string): never {
  throw new DossierError('bundle-invalid', reason);
}

/**
 * Reads a zip from disk by random access, trusting nothing in it. The central directory is
 * checked as a whole before any entry is inflated: entry count, names (no traversal, absolute
 * paths, duplicates), no symlinks or encrypted entries, declared sizes and compression ratios
 * within bounds, entries that neither overlap nor run past the directory. Inflating then stops
 * the moment an entry yields more bytes than declared.
 */
export class ZipFileReader {
  readonly entries = new Map<string, ZipEntryInfo>();
  /** The open file: a worker thread reading ahead borrows it (read-ahead.ts), so both read the same bytes. */
  readonly fd: number;
  private readonly fileSize: number;
  private readonly ownsFd: boolean;

  readonly limits: BundleLimits;

  constructor(
    readonly path: string,
    limits: Partial<BundleLimits> = {},
    /** A descriptor another reader opened (and will close); the directory is checked again all the same. */
    borrowedFd?: number,
  ) {
    this.limits = { ...LIMITS, ...limits };
    this.ownsFd = borrowedFd === undefined;
    this.fd = borrowedFd ?? openSync(path, 'r');
    try {
      this.fileSize = fstatSync(this.fd).size;
      this.readDirectory();
    } catch (e) {
      if (this.ownsFd) closeSync(this.fd);
      throw e;
    }
  }

  close(): void {
    if (this.ownsFd) closeSync(this.fd);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflates one entry, handing its bytes to `onChunk` as they come; checks size and CRC. */
  read(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const e = this.entries.get(name);
    if (!e) refuse(`the bundle has no entry ${name}`);
    const header = this.bytesAt(e.localOffset, 30);
    if (header.readUInt32LE(0) !== 0x04034b50) refuse(`entry ${name}: local header is damaged`);
    const dataStart = e.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (dataStart + e.compressedSize > this.fileSize) refuse(`entry ${name} is truncated`);
    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      produced += chunk.length;
      if (produced > e.size) refuse(`entry ${name} is larger than its declared ${e.size} bytes`);
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (e.method === 8 && e.size <= this.limits.inflateInMemoryBytes) {
      // Bounded by the declared size: zlib refuses to produce a byte more.
      let out: Buffer;
      try {
        out = inflateRawSync(this.bytesAt(dataStart, e.compressedSize), {
          maxOutputLength: Math.max(e.size, 1),
          // One output buffer of the declared size (with room to see the stream end), not 16 KiB
          // pieces joined by a copy at the end (10k documents' records: 0.50 → 0.43 s of CPU).
          chunkSize: e.size + 64,
        });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          refuse(`entry ${name} is larger than its declared ${e.size} bytes`);
        }
        refuse(`entry ${name} is damaged or truncated (${(err as Error).message})`);
      }
      for (let at = 0; at < out.length; at += CHUNK) take(out.subarray(at, Math.min(out.length, at + CHUNK)));
    } else {
      this.stream(e, dataStart, take);
    }
    if (produced !== e.size)
      refuse(`entry ${name} is ${produced} bytes, not its declared ${e.size} (truncated or damaged)`);
    if (crc !== e.crc) refuse(`entry ${name} fails its CRC check (damaged)`);
  }

  /** Inflates (or copies) an entry chunk by chunk, so an entry of any size needs little memory. */
  private stream(e: ZipEntryInfo, dataStart: number, take: (chunk: Uint8Array) => void): void {
    const name = e.name;
    const inflater = e.method === 8 ? new Inflate((chunk) => take(chunk)) : null;
    for (let at = 0; at < e.compressedSize || (at === 0 && e.compressedSize === 0); at += CHUNK) {
      const n = Math.min(CHUNK, e.compressedSize - at);
      const data = this.bytesAt(dataStart + at, n);
      const final = at + n >= e.compressedSize;
      if (inflater) {
        // fflate inflates all it is given in one go: small pushes keep each burst of output (and
        // so memory) to a few megabytes, and let the size check stop a bomb early.
        for (let sub = 0; sub < data.length || (sub === 0 && final); sub += INFLATE_PUSH) {
          const end = Math.min(data.length, sub + INFLATE_PUSH);
          try {
            inflater.push(data.subarray(sub, end), final && end >= data.length);
          } catch (err) {
            if (err instanceof DossierError) throw err;
            refuse(`entry ${name} is damaged (${(err as Error).message})`);
          }
          if (end >= data.length) break;
        }
      } else take(data);
      if (final) break;
    }
  }

  /** A whole entry in memory; only for entries bounded by `max` bytes. */
  readAll(name: string, max: number): Buffer {
    const e = this.entries.get(name);
    if (!e) refuse(`the bundle has no entry ${name}`);
    if (e.size > max) refuse(`entry ${name} is larger than the ${max} bytes allowed`);
    const parts: Uint8Array[] = [];
    this.read(name, (c) => parts.push(c));
    return Buffer.concat(parts);
  }

  private bytesAt(position: number, length: number): Buffer {
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, buf, got, length - got, position + got);
      if (n === 0) refuse('the bundle is truncated');
      got += n;
    }
    return buf;
  }

  private readDirectory(): void {
    if (this.fileSize < 22) refuse('the bundle is truncated (too short to be a zip file)');
    const tailLength = Math.min(this.fileSize, 22 + 0xffff);
    const tail = this.bytesAt(this.fileSize - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) refuse('the bundle is not a zip file or is truncated (no end-of-directory record)');
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff)
      refuse('zip64 bundles are not supported');
    if (tail.readUInt16LE(eocd + 8) !== count || tail.readUInt16LE(eocd + 4) !== 0)
      refuse('multi-part zip files are not supported');
    if (count > this.limits.maxEntries)
      refuse(`the bundle has too many entries (${count}; at most ${this.limits.maxEntries})`);
    const eocdAt = this.fileSize - tailLength + eocd;
    if (dirOffset + dirSize > eocdAt) refuse('the bundle is truncated (its directory runs past the end)');
    const dir = this.bytesAt(dirOffset, dirSize);
    const folded = new Set<string>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) refuse('the bundle directory is damaged');
      const madeBy = dir.readUInt16LE(p + 4);
      const flags = dir.readUInt16LE(p + 8);
      const method = dir.readUInt16LE(p + 10);
      const crc = dir.readUInt32LE(p + 16);
      const compressedSize = dir.readUInt32LE(p + 20);
      const size = dir.readUInt32LE(p + 24);
      const nameLen = dir.readUInt16LE(p + 28);
      const skip = dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
      const external = dir.readUInt32LE(p + 38);
      const localOffset = dir.readUInt32LE(p + 42);
      if (p + 46 + nameLen > dir.length) refuse('the bundle directory is damaged');
      const name = dir.toString('utf8', p + 46, p + 46 + nameLen);
      p += 46 + nameLen + skip;
      checkName(name);
      if (this.entries.has(name) || folded.has(name.toLowerCase())) refuse(`the bundle holds entry ${name} twice`);
      folded.add(name.toLowerCase());
      if (madeBy >> 8 === 3 && ((external >>> 16) & S_IFMT) === S_IFLNK) refuse(`entry ${name} is a symbolic link`);
      if (flags & 1) refuse(`entry ${name} uses zip encryption (not a Dossier bundle)`);
      if (method !== 0 && method !== 8) refuse(`entry ${name} uses an unsupported compression method (${method})`);
      if (size > this.limits.maxEntryBytes)
        refuse(
          `entry ${name} would unpack to ${formatBytes(size)}; one entry may be at most ${formatBytes(this.limits.maxEntryBytes)}`,
        );
      if (size > 1 << 20 && size / Math.max(compressedSize, 1) > this.limits.maxCompressionRatio) {
        refuse(
          `entry ${name} compresses ${Math.round(size / Math.max(compressedSize, 1))}:1, past the safe bound (a zip bomb?)`,
        );
      }
      if (method === 0 && size !== compressedSize) refuse(`entry ${name} is stored but its sizes disagree`);
      this.entries.set(name, { name, method, compressedSize, size, crc, localOffset });
    }
    checkDeclaredSizes([...this.entries.values()], this.fileSize, this.limits);
    // Entries must not overlap (overlapping entries are a zip-bomb technique) nor reach the directory.
    const spans = [...this.entries.values()].sort((a, b) => a.localOffset - b.localOffset);
    let end = 0;
    for (const e of spans) {
      if (e.localOffset < end) refuse(`entry ${e.name} overlaps another entry`);
      end = e.localOffset + 30 + e.name.length + e.compressedSize;
      if (end > dirOffset) refuse(`entry ${e.name} runs into the bundle directory (truncated or damaged)`);
    }
  }
}

/** Entry names are relative, forward-slash paths with no `.`/`..` segments. */
function checkName(name: string): void {
  if (name.length === 0) refuse('the bundle holds an entry with an empty name');
  if (name.includes('\0') || name.includes('\\'))
    refuse(`entry name ${JSON.stringify(name)} contains a forbidden character`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) refuse(`entry ${JSON.stringify(name)} has an absolute path`);
  const parts = name.split('/');
  if (parts.some((s) => s === '..'))
    refuse(`entry ${JSON.stringify(name)} tries to escape the bundle (path traversal)`);
  if (parts.some((s) => s === '.' || s === ''))
    refuse(`entry ${JSON.stringify(name)} has an empty or "." path segment`);
}
