import { DossierError } from '../../errors.js';
import { LABEL_COUNT, LABELS } from './labels.js';

/**
 * The shipped model file, little-endian:
 *   "DNER" · u32 format version · u32 header length · header JSON (UTF-8) padded to 4 bytes ·
 *   u32 feature count n · n × u32 feature hashes (ascending) · n × L × i16 weights ·
 *   (L + 1) × L × f32 transition scores (row 0: sentence start; row p + 1: after label p).
 * Weights are stored as integers of `header.scale`; transitions are already in those units,
 * so decoding adds integers and floats without rescaling.
 */
export const MODEL_FORMAT_VERSION = 1;
const MAGIC = 'DNER';

export interface ModelHeader {
  featureSetVersion: number;
  labels: readonly string[];
  /** Size of one weight unit in the trained (float) weights. */
  scale: number;
  /**
   * Span confidence = sigmoid(a · margin + b), margin in weight units, fitted on the dev split
   * so a score reads as the chance the span is right. Absent: a = 1, b = 0.
   */
  calibration?: { a: number; b: number };
  /** What the model was trained with: sets, seed, chosen epoch, dev scores. */
  training: Record<string, unknown>;
}

export interface ModelData {
  header: ModelHeader;
  keys: Uint32Array;
  weights: Int16Array;
  transitions: Float32Array;
}

export function encodeModel(m: ModelData): Uint8Array {
  const n = m.keys.length;
  const json = new TextEncoder().encode(JSON.stringify(m.header));
  const headerLen = (json.length + 3) & ~3;
  const size = 12 + headerLen + 4 + n * 4 + n * LABEL_COUNT * 2 + (LABEL_COUNT + 1) * LABEL_COUNT * 4;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  dv.setUint32(4, MODEL_FORMAT_VERSION, true);
  dv.setUint32(8, headerLen, true);
  out.set(json, 12);
  out.fill(0x20, 12 + json.length, 12 + headerLen); // JSON-legal padding
  let at = 12 + headerLen;
  dv.setUint32(at, n, true);
  at += 4;
  for (let i = 0; i < n; i++, at += 4) dv.setUint32(at, m.keys[i]!, true);
  for (let i = 0; i < n * LABEL_COUNT; i++, at += 2) dv.setInt16(at, m.weights[i]!, true);
  for (let i = 0; i < (LABEL_COUNT + 1) * LABEL_COUNT; i++, at += 4) dv.setFloat32(at, m.transitions[i]!, true);
  return out;
}

/** Reads a model file; a file of another format or feature set is refused with a clear error. */
export function decodeModel(bytes: Uint8Array, expectedFeatureSet: number): ModelData {
  const bad = (why: string) => new DossierError('unsupported', `Entity model file is not usable: ${why}.`);
  if (bytes.length < 16 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw bad('not a Dossier model');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== MODEL_FORMAT_VERSION) throw bad(`format version ${version}, expected ${MODEL_FORMAT_VERSION}`);
  const headerLen = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLen))) as ModelHeader;
  if (header.featureSetVersion !== expectedFeatureSet)
    throw bad(`feature set ${header.featureSetVersion}, expected ${expectedFeatureSet}`);
  if (header.labels.join() !== LABELS.join()) throw bad('different label set');
  let at = 12 + headerLen;
  const n = dv.getUint32(at, true);
  at += 4;
  const need = at + n * 4 + n * LABEL_COUNT * 2 + (LABEL_COUNT + 1) * LABEL_COUNT * 4;
  if (bytes.length !== need) throw bad(`size ${bytes.length} bytes, expected ${need}`);
  // Copy into aligned buffers; the file is little-endian, and so is every platform Electron runs on.
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++, at += 4) keys[i] = dv.getUint32(at, true);
  const weights = new Int16Array(n * LABEL_COUNT);
  for (let i = 0; i < weights.length; i++, at += 2) weights[i] = dv.getInt16(at, true);
  const transitions = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = dv.getFloat32(at, true);
  return { header, keys, weights, transitions };
}
