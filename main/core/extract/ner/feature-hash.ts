/**
 * Features are identified by a 32-bit FNV-1a hash of their text, computed without building the
 * string (prefix state, then the value's characters). Training and tagging share this code, so
 * the model file stores hashes, never feature strings.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashStart(prefix: string): number {
  return hashMore(FNV_OFFSET, prefix);
}

export function hashMore(state: number, s: string): number {
  let h = state;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of `prefix` + `a`. */
export function hash1(prefixState: number, a: string): number {
  return hashMore(prefixState, a);
}

/** Hash of `prefix` + `a` + "|" + `b`. */
export function hash2(prefixState: number, a: string, b: string): number {
  return hashMore(Math.imul(hashMore(prefixState, a) ^ 124, FNV_PRIME) >>> 0, b);
}
