/**
 * Seeded spherical k-means (cosine similarity) over unit vectors stored row-major in one
 * Float32Array. Deterministic: the same vectors, k and seed give the same clusters.
 */
export interface KMeansResult {
  /** Cluster of each row. */
  assignment: Int32Array;
  /** k unit centroids, row-major. */
  centroids: Float32Array;
}

export function sphericalKMeans(
  data: Float32Array,
  dims: number,
  k: number,
  random: () => number,
  iterations: number,
  log: (line: string) => void = () => {},
): KMeansResult {
  const n = data.length / dims;
  const centroids = new Float32Array(k * dims);
  // Start from k distinct rows, picked at random.
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  [...picked].forEach((row, c) => centroids.set(data.subarray(row * dims, row * dims + dims), c * dims));
  const assignment = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const best = nearest(data, i * dims, centroids, k, dims);
      if (best !== assignment[i]) moved++;
      assignment[i] = best;
    }
    recompute(data, dims, assignment, centroids, k);
    log(`  iteration ${it + 1}: ${moved} rows moved`);
    if (moved === 0) break;
  }
  return { assignment, centroids };
}

function nearest(data: Float32Array, at: number, centroids: Float32Array, k: number, dims: number): number {
  let best = 0;
  let bestDot = -Infinity;
  for (let c = 0; c < k; c++) {
    let dot = 0;
    const base = c * dims;
    for (let d = 0; d < dims; d++) dot += data[at + d]! * centroids[base + d]!;
    if (dot > bestDot) {
      bestDot = dot;
      best = c;
    }
  }
  return best;
}

function recompute(data: Float32Array, dims: number, assignment: Int32Array, centroids: Float32Array, k: number): void {
  const sums = new Float64Array(k * dims);
  for (let i = 0; i < assignment.length; i++) {
    const c = assignment[i]!;
    for (let d = 0; d < dims; d++) sums[c * dims + d]! += data[i * dims + d]!;
  }
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! ** 2;
    // An empty cluster keeps its old centroid.
    if (norm === 0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d]! * inv;
  }
}
