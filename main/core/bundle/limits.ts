import { DossierError } from '../errors.js';
import type { BundleLimits } from './format.js';

/**
 * Resource bounds checked before any work is done on what a bundle claims: the scrypt cost in an
 * encrypted bundle's header, and the sizes in its zip directory. A small hostile file must be
 * refused in seconds and megabytes, with a reason a person can act on (not "damaged").
 */

/** The costliest scrypt Dossier writes (encryption.ts DEFAULT_SCRYPT): 128 MiB, about half a second. */
export const MAX_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const MIN_SCRYPT_N = 2 ** 10;

function refuse(reason: string): never {
  throw new DossierError('bundle-invalid', reason);
}

/** Human sizes for messages: 40 GB reads better than 42949672960 bytes. */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * Refuses a key-derivation cost Dossier would never write, before deriving anything: a 270-byte
 * header asking for N=2^20, r=32, p=16 would otherwise cost 4 GiB and minutes.
 */
export function checkScryptCost(header: unknown): void {
  const h = (header && typeof header === 'object' ? header : {}) as Record<string, unknown>;
  const { N, r, p } = h;
  if (typeof N !== 'number' || typeof r !== 'number' || typeof p !== 'number') return; // the schema reports it
  const power = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (
    !power ||
    N < MIN_SCRYPT_N ||
    N > MAX_SCRYPT.N ||
    !Number.isInteger(r) ||
    r < 1 ||
    r > MAX_SCRYPT.r ||
    p !== MAX_SCRYPT.p
  ) {
    const memory = Number.isFinite(128 * N * r) ? ` (${formatBytes(128 * N * r)} of memory)` : '';
    refuse(
      `this encrypted bundle asks for key derivation with scrypt N=${N}, r=${r}, p=${p}${memory}; ` +
        `Dossier writes at most N=${MAX_SCRYPT.N}, r=${MAX_SCRYPT.r}, p=${MAX_SCRYPT.p} and refuses anything costlier before trying a passphrase`,
    );
  }
}

/** What the zip directory declares for one entry. */
export interface DeclaredEntry {
  name: string;
  size: number;
  compressedSize: number;
}

/** Bundles that expand less than this overall are never suspicious, however high their ratio. */
const RATIO_FREE_BYTES = 256 * 1024 ** 2;

/**
 * Checks what the directory declares, as a whole, before a byte is inflated: total unpacked size,
 * the bundle's overall expansion, and each original file's size. The reader then holds every
 * entry to its declared size while inflating (zip-reader.ts), so the header cannot lie either.
 */
export function checkDeclaredSizes(entries: readonly DeclaredEntry[], fileSize: number, limits: BundleLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.name.startsWith('originals/') && e.size > limits.maxOriginalBytes) {
      refuse(
        `entry ${e.name} would unpack to ${formatBytes(e.size)}; an original file may be at most ${formatBytes(limits.maxOriginalBytes)}`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    refuse(`this bundle would unpack to ${formatBytes(total)}; the limit is ${formatBytes(limits.maxTotalBytes)}`);
  }
  const ratio = total / Math.max(fileSize, 1);
  if (total > RATIO_FREE_BYTES && ratio > limits.maxBundleRatio) {
    refuse(
      `this ${formatBytes(fileSize)} bundle would unpack to ${formatBytes(total)} (${Math.round(ratio)}:1); ` +
        `Dossier's own bundles expand far less, and it refuses anything past ${limits.maxBundleRatio}:1 (a zip bomb?)`,
    );
  }
}
