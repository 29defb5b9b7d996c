import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { spansFromTags, tagsFromSpans } from '../../../../../scripts/ner/bio.js';
import { loadAllSets } from '../../../../../scripts/ner/datasets.js';
import { detokenize } from '../../../../../scripts/ner/detokenize.js';
import { normaliseRe3dSpan } from '../../../../../scripts/ner/normalise-re3d.js';
import { splitDev, titleCase, withHeadlineCopies } from '../../../../../scripts/ner/split.js';
import { isTitleCaseSentence } from '../../../../../main/core/extract/ner/document-stats.js';

const DATA = fileURLToPath(new URL('../../../../../../shared/ner-train/', import.meta.url));
const BIO = /^(O|[BI]-(PER|ORG|LOC|MISC))$/;

describe('training data conversion', () => {
  const docs = loadAllSets(DATA);

  test('reads every set into valid BIO over PER/ORG/LOC/MISC, without the BBC subset', () => {
    expect(new Set(docs.map((d) => d.set))).toEqual(new Set(['wikigold', 'btc', 'wnut17', 're3d', 'uner']));
    expect(docs.some((d) => /bbc/i.test(d.id))).toBe(false);
    for (const d of docs) {
      for (const s of d.sentences) {
        expect(s.tags.length).toBe(s.tokens.length);
        s.tags.forEach((t, i) => {
          expect(t).toMatch(BIO);
          if (t.startsWith('I-')) expect(s.tags[i - 1]!.slice(2)).toBe(t.slice(2));
        });
      }
    }
    const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
    expect(tokens).toBeGreaterThan(350_000);
  });

  test('keeps no pronoun-only person in re3d', () => {
    const pronoun = /^(i|he|she|his|her|we|they|my|our|their|it)$/i;
    for (const d of docs.filter((x) => x.set === 're3d')) {
      for (const s of d.sentences) {
        for (const sp of spansFromTags(s.tags, (t) => t)) {
          if (sp.type === 'PER' && sp.end - sp.start === 1) expect(s.tokens[sp.start]).not.toMatch(pronoun);
        }
      }
    }
  });

  test('IO tags become BIO; WNUT types map to ORG and MISC', () => {
    expect(
      tagsFromSpans(
        4,
        spansFromTags(['I-PER', 'I-PER', 'O', 'I-LOC'], (t) => t),
      ),
    ).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
    const wnut = docs.filter((d) => d.set === 'wnut17').flatMap((d) => d.sentences.flatMap((s) => s.tags));
    expect(wnut.some((t) => t === 'B-ORG')).toBe(true);
    expect(wnut.some((t) => t === 'B-MISC')).toBe(true);
  });

  test('re3d mentions are cut back to the name', () => {
    const cut = (tokens: string[], type: string) => {
      const s = normaliseRe3dSpan(tokens, { type, start: 0, end: tokens.length });
      return s ? tokens.slice(s.start, s.end).join(' ') : null;
    };
    expect(cut(['Foreign', 'Secretary', 'Philip', 'Hammond'], 'PER')).toBe('Philip Hammond');
    expect(cut(['The', 'Foreign', 'Secretary'], 'PER')).toBeNull();
    expect(cut(['he'], 'PER')).toBeNull();
    expect(cut(['the', 'Government', 'of', 'Iraq'], 'ORG')).toBe('Government of Iraq');
    expect(cut(['Iraqi', 'security', 'forces'], 'ORG')).toBeNull();
  });

  test('a country acting is a place, as in the news analysts read', () => {
    const typeOf = (tokens: string[], type: string) =>
      normaliseRe3dSpan(tokens, { type, start: 0, end: tokens.length })?.type;
    expect(typeOf(['Russia'], 'ORG')).toBe('LOC');
    expect(typeOf(['the', 'United', 'States'], 'ORG')).toBe('LOC');
    expect(typeOf(['Government', 'of', 'Iraq'], 'ORG')).toBe('ORG');
    const unerCountryOrgs = docs
      .filter((d) => d.set === 'uner')
      .flatMap((d) =>
        d.sentences.flatMap((s) =>
          spansFromTags(s.tags, (t) => t)
            .filter((sp) => sp.type === 'ORG')
            .map((sp) => s.tokens.slice(sp.start, sp.end).join(' ')),
        ),
      );
    expect(unerCountryOrgs).not.toContain('Russia');
    expect(unerCountryOrgs).not.toContain('China');
  });

  test('the dev split is seeded, disjoint and takes a share of every set', () => {
    const a = splitDev(docs, 0.1, 42);
    const b = splitDev(docs, 0.1, 42);
    expect(a.dev.map((d) => d.id)).toEqual(b.dev.map((d) => d.id));
    const devIds = new Set(a.dev.map((d) => d.id));
    expect(a.train.some((d) => devIds.has(d.id))).toBe(false);
    expect(a.train.length + a.dev.length).toBe(docs.length);
    expect(new Set(a.dev.map((d) => d.set)).size).toBe(5);
    expect(splitDev(docs, 0.1, 43).dev.map((d) => d.id)).not.toEqual(a.dev.map((d) => d.id));
  });
});

describe('detokenize (evaluation on plain text)', () => {
  test('rebuilds text whose gold spans are exactly the entity tokens', () => {
    const doc = {
      set: 'x',
      id: 'x#0',
      sentences: [
        {
          tokens: ['Mr.', 'Smith', "'s", 'visit', 'to', 'New', 'York', '(', 'USA', ')', '.'],
          tags: ['O', 'B-PER', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'O'],
        },
        { tokens: ['Thanks', ',', 'Acme', 'Corp', '!'], tags: ['O', 'O', 'B-ORG', 'I-ORG', 'O'] },
      ],
    };
    const t = detokenize(doc);
    expect(t.text).toBe("Mr. Smith's visit to New York (USA). Thanks, Acme Corp!");
    const surface = t.gold.map((k) => {
      const [type, a, b] = k.split(' ');
      return `${type}:${t.text.slice(Number(a), Number(b))}`;
    });
    expect(surface).toEqual(['PER:Smith', 'LOC:New York', 'LOC:USA', 'ORG:Acme Corp']);
  });
});

describe('headline copies', () => {
  test('title-case a sentence the way headlines are written, tags unchanged, above its document', () => {
    expect(titleCase(['drone', 'strikes', 'hit', 'the', 'border', 'near', '@un', '.'])).toEqual([
      'Drone',
      'Strikes',
      'Hit',
      'the',
      'Border',
      'Near',
      '@un',
      '.',
    ]);
    const doc = {
      set: 'x',
      id: 'x#0',
      sentences: [{ tokens: ['talks', 'in', 'Geneva', 'ended', '.'], tags: ['O', 'O', 'B-LOC', 'O', 'O'] }],
    };
    const [withHead] = withHeadlineCopies([doc], 1, 5);
    expect(withHead!.sentences[0]).toEqual({
      tokens: ['Talks', 'in', 'Geneva', 'Ended'],
      tags: ['O', 'O', 'B-LOC', 'O'],
    });
    expect(withHead!.sentences[1]).toBe(doc.sentences[0]);
    expect(isTitleCaseSentence(withHead!.sentences[0]!.tokens)).toBe(true);
    expect(isTitleCaseSentence(doc.sentences[0]!.tokens)).toBe(false);
  });
});
