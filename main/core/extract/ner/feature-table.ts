/**
 * Open-addressing table from feature hash to weight row, built once at load. Hashes the model
 * does not know miss after one or two probes. Each slot holds its key and its row side by side,
 * so a probe reads one cache line, not two (the table is megabytes, and looking features up is
 * much of decoding).
 */
export class FeatureTable {
  /** entries[2s] = key (as int32), entries[2s + 1] = its row, or -1 for an empty slot. */
  private readonly entries: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.entries = new Int32Array(size * 2).fill(-1);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]!;
      let s = mix(k) & this.mask;
      while (this.entries[2 * s + 1] !== -1) s = (s + 1) & this.mask;
      this.entries[2 * s] = k | 0;
      this.entries[2 * s + 1] = r;
    }
  }

  /** Weight row of a feature hash, or -1. */
  row(hash: number): number {
    const entries = this.entries;
    const key = hash | 0;
    let s = mix(hash) & this.mask;
    for (;;) {
      const r = entries[2 * s + 1]!;
      if (r === -1 || entries[2 * s] === key) return r;
      s = (s + 1) & this.mask;
    }
  }
}

/** FNV hashes are weak in their low bits; scramble before masking. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
