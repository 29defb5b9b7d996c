/**
 * Open-addressing table from feature hash to weight row, built once at load. Hashes the model
 * does not know (most of a text's features) miss after one or two probes.
 */
export class FeatureTable {
  private readonly slots: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]!;
      let s = mix(k) & this.mask;
      while (this.rows[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = k;
      this.rows[s] = r;
    }
  }

  /** Weight row of a feature hash, or -1. */
  row(hash: number): number {
    let s = mix(hash) & this.mask;
    for (;;) {
      const r = this.rows[s]!;
      if (r === -1) return -1;
      if (this.slots[s] === hash) return r;
      s = (s + 1) & this.mask;
    }
  }
}

/** FNV hashes are weak in their low bits; scramble before masking. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
