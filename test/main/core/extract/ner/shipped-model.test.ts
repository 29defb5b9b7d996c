import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FEATURE_SET_VERSION } from '../../../../../main/core/extract/ner/features.js';
import { loadTagger } from '../../../../../main/core/extract/ner/index.js';
import { decodeModel, MODEL_FORMAT_VERSION } from '../../../../../main/core/extract/ner/model-file.js';
import { defaultModelPath } from '../../../../../main/core/extract/ner/model-path.js';
import { shippedGazetteer } from '../../../../../main/core/extract/ner/shipped-gazetteer.js';
import { useTempDir } from '../../../../helpers/temp-dir.js';

const spansOf = (text: string) =>
  loadTagger()!
    .tag(text)
    .map((s) => [s.type, text.slice(s.start, s.end)]);

describe('the shipped model', () => {
  test('is committed, matches this build’s format and feature set, and loads once', () => {
    const bytes = readFileSync(defaultModelPath());
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)).toBe(MODEL_FORMAT_VERSION);
    const model = decodeModel(bytes, FEATURE_SET_VERSION);
    expect(model.keys.length).toBeGreaterThan(10_000);
    const a = loadTagger();
    expect(a).not.toBeNull();
    expect(loadTagger()).toBe(a);
    expect(a!.version).toMatch(/^[0-9a-f]{12}$/);
  });

  test('tags people, organisations and places in plain news sentences', () => {
    expect(spansOf('President Barack Obama met Angela Merkel in Berlin on Tuesday.')).toEqual([
      ['person', 'Barack Obama'],
      ['person', 'Angela Merkel'],
      ['location', 'Berlin'],
    ]);
    expect(spansOf('Microsoft said it would open an office in Nairobi, Kenya.')).toEqual([
      ['organization', 'Microsoft'],
      ['location', 'Nairobi'],
      ['location', 'Kenya'],
    ]);
  });

  test('spans are offsets into the text as given, including after non-ASCII text and line breaks', () => {
    const text = '“Déjà vu” — headline\n\nThe United Nations sent John Smith to Paris.';
    const spans = loadTagger()!.tag(text);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('John Smith');
  });

  test('copes with empty text, junk and a long single line', () => {
    const tagger = loadTagger()!;
    expect(tagger.tag('')).toEqual([]);
    expect(Array.isArray(tagger.tag('\u0000\uFFFD'.repeat(500)))).toBe(true);
    const long = 'Talks in Geneva went on. '.repeat(4000);
    const spans = tagger.tag(long);
    expect(spans.length).toBeGreaterThan(1000);
    expect(spans.every((s) => long.slice(s.start, s.end) === 'Geneva')).toBe(true);
  });
});

describe('loadTagger with another file', () => {
  const temp = useTempDir();
  test('returns null when the model file is missing', () => {
    expect(loadTagger({ modelFile: `${temp()}/missing.bin` })).toBeNull();
  });
});

describe('the shipped model and the gazetteer', () => {
  test('was trained with the gazetteer that ships (rebuild the gazetteer → run npm run train:ner)', () => {
    const model = decodeModel(readFileSync(defaultModelPath()), FEATURE_SET_VERSION);
    expect(model.header.training.gazetteer).toBe(shippedGazetteer().id());
  });
});
