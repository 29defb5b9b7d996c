import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { DossierError } from '../errors.js';

export interface WrittenEntry {
  sha256: string;
  size: number;
}

/** One entry being written: push bytes or text, then end() for its hash and size. */
export interface EntrySink {
  write(chunk: Uint8Array | string): void;
  end(): WrittenEntry;
}

const FLUSH_BYTES = 1 << 20;

/**
 * Streams a zip to disk entry by entry (fflate), hashing each entry as it goes, so a case of any
 * size is exported with bounded memory. Writes to `<path>.partial` and renames on `finish()`, so
 * a failed export never leaves a half-written bundle under the real name.
 */
export class ZipFileWriter {
  private readonly fd: number;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private written = 0;
  private open = true;
  private readonly partial: string;

  constructor(
    private readonly path: string,
    private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6,
  ) {
    this.partial = `${path}.partial`;
    this.fd = openSync(this.partial, 'w');
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else {
        this.written += data.length;
        // Without zip64 (which fflate does not write) offsets past 4 GiB would wrap silently.
        if (this.written > 0xffffffff) {
          this.failure ??= new DossierError(
            'unsupported',
            'a bundle larger than 4 GiB cannot be written: export with redaction or in parts (by chart or selection)',
          );
        } else writeSync(this.fd, data);
      }
    });
  }

  entry(name: string): EntrySink {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    const hash = createHash('sha256');
    let size = 0;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = (final: boolean): void => {
      const data = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      file.push(data, final);
      this.check();
    };
    return {
      write: (chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        hash.update(bytes);
        size += bytes.length;
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= FLUSH_BYTES) flush(false);
      },
      end: () => {
        flush(true);
        return { sha256: hash.digest('hex'), size };
      },
    };
  }

  bytes(name: string, data: Uint8Array | string): WrittenEntry {
    const sink = this.entry(name);
    sink.write(data);
    return sink.end();
  }

  finish(): void {
    this.zip.end();
    this.check();
    closeSync(this.fd);
    this.open = false;
    renameSync(this.partial, this.path);
  }

  /** Closes and deletes the partial file (after a failure). */
  abort(): void {
    if (!this.open) return;
    this.open = false;
    try {
      this.zip.terminate();
    } catch {
      // already failed; the file is removed below
    }
    closeSync(this.fd);
    rmSync(this.partial, { force: true });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
