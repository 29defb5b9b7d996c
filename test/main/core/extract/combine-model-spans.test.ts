import { describe, expect, it } from 'vitest';
import { combineModelSpans } from '../../../../main/core/extract/combine-model-spans.js';
import type { TaggedSpan } from '../../../../main/core/extract/ner/index.js';
import { makeSpan } from '../../../../main/core/extract/span.js';

/** A model span over the first occurrence of `phrase` in `text`. */
const modelSpan = (text: string, phrase: string, type: TaggedSpan['type'], score = 1): TaggedSpan => {
  const start = text.indexOf(phrase);
  return { type, start, end: start + phrase.length, score };
};

const at = (text: string, phrase: string): [number, number] => {
  const i = text.indexOf(phrase);
  return [i, i + phrase.length];
};

describe('combineModelSpans', () => {
  const text =
    'Tajik President Emomali Rahmon met the Collective Security Treaty Organization in Dushanbe and the Afghan Border guards.';

  it('keeps the model spans, letting an exact gazetteer match or strong rule set the type', () => {
    const [ds, de] = at(text, 'Dushanbe');
    const [rs, re] = at(text, 'Emomali Rahmon');
    const model: TaggedSpan[] = [
      { type: 'person', start: ds, end: de, score: 0.6 },
      { type: 'location', start: rs, end: re, score: 0.5 },
    ];
    const rules = [makeSpan(rs, re, 'person', 'title')];
    const out = combineModelSpans(text, model, rules);
    expect(out.map((s) => [text.slice(s.start, s.end), s.type, s.source])).toEqual([
      ['Dushanbe', 'location', 'model'],
      ['Emomali Rahmon', 'person', 'model'],
    ]);
  });

  it('prefers a strong rule span that contains the model span, adds untouched strong spans, drops weak guesses', () => {
    const [os, oe] = at(text, 'Collective Security Treaty Organization');
    const [ps, pe] = at(text, 'Collective Security');
    const [ds, de] = at(text, 'Dushanbe');
    const [gs, ge] = at(text, 'Afghan Border');
    const model: TaggedSpan[] = [
      { type: 'organization', start: ps, end: pe, score: 0.9 },
      { type: 'location', start: gs, end: ge, score: 0.9 },
    ];
    const rules = [
      makeSpan(os, oe, 'organization', 'gazetteer'),
      makeSpan(ds, de, 'location', 'gazetteer'),
      makeSpan(0, 5, 'person', 'guess'),
    ];
    const out = combineModelSpans(text, model, rules).map((s) => text.slice(s.start, s.end));
    expect(out.sort()).toEqual(['Collective Security Treaty Organization', 'Dushanbe']);
  });

  it('ignores model spans in ranges it is told to ignore (title-case headlines)', () => {
    const model: TaggedSpan[] = [{ type: 'organization', start: 0, end: 5, score: 1 }];
    expect(combineModelSpans(text, model, [], { ignore: (s) => s < 10 })).toEqual([]);
  });

  it('splits a hyphenated pair of known names, keeps a personal name a person, and does not add generic head-word phrases', () => {
    const t = 'The China-Taliban talks: Stanley met Customer Service staff and the State Department.';
    const [hs, he] = at(t, 'China-Taliban');
    const [ss, se] = at(t, 'Stanley');
    const [cs, ce] = at(t, 'Customer Service');
    const model: TaggedSpan[] = [
      { type: 'organization', start: hs, end: he, score: 1 },
      { type: 'person', start: ss, end: se, score: 1 },
    ];
    const [ds, de] = at(t, 'State Department');
    const rules = [
      makeSpan(hs, hs + 5, 'location', 'gazetteer'),
      makeSpan(hs + 6, he, 'organization', 'gazetteer'),
      makeSpan(cs, ce, 'organization', 'head-rule'),
      makeSpan(ds, de, 'organization', 'head-rule'),
    ];
    const out = combineModelSpans(t, model, rules)
      .map((s) => `${s.type}:${t.slice(s.start, s.end)}`)
      .sort();
    expect(out).toEqual(['location:China', 'organization:State Department', 'organization:Taliban', 'person:Stanley']);
  });

  it('trims a leading "the" and a trailing lower-case word, and drops compound adjectives', () => {
    const t = 'They sailed to the Island of Divar in Tulcea county with Chinese-backed crews.';
    const span = (phrase: string, type: TaggedSpan['type']) => modelSpan(t, phrase, type);
    const out = combineModelSpans(
      t,
      [span('the Island of Divar', 'location'), span('Tulcea county', 'location'), span('Chinese-backed', 'location')],
      [],
    );
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['Island of Divar', 'Tulcea']);
  });

  it('keeps a model span holding known names of several kinds when they are not hyphenated together', () => {
    const t = 'Fighters of the Islamic State of Iraq and the Levant retreated.';
    const [s0, e0] = at(t, 'Islamic State of Iraq and the Levant');
    const part = (p: string, type: 'location' | 'organization') =>
      makeSpan(t.indexOf(p), t.indexOf(p) + p.length, type, 'gazetteer');
    const out = combineModelSpans(
      t,
      [{ type: 'organization', start: s0, end: e0, score: 1 }],
      [part('Islamic State', 'organization'), part('Iraq', 'location'), part('Levant', 'location')],
    );
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['Islamic State of Iraq and the Levant']);
  });

  it("leaves titles out of the model's person spans and drops a bare title", () => {
    const t = 'Crown Prince Mohammed bin Salman arrived.';
    const out = combineModelSpans(
      t,
      [
        { type: 'organization', start: 0, end: 5, score: 1 },
        { type: 'person', start: 6, end: 32, score: 1 },
      ],
      [],
    );
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['Mohammed bin Salman']);
  });

  it('keeps a lower-case name whole and drops a number abbreviation the model took for a name', () => {
    const t = 'i moved to san francisco and the single reached No. 31 in the charts.';
    const span = (phrase: string, type: TaggedSpan['type']) => modelSpan(t, phrase, type);
    const out = combineModelSpans(t, [span('san francisco', 'location'), span('No.', 'organization')], []);
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['san francisco']);
  });

  it('ends a written name at a lower-case word that is no name particle', () => {
    const t = 'The Supreme Court designated Group 24 a banned group, said the Bank of England.';
    const span = (phrase: string, type: TaggedSpan['type']) => modelSpan(t, phrase, type);
    const out = combineModelSpans(
      t,
      [span('Supreme Court designated Group', 'organization'), span('Bank of England', 'organization')],
      [],
    );
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['Supreme Court', 'Bank of England']);
  });

  it('drops a span the model itself barely believes', () => {
    const t = 'The Customer Service desk and Acme Widgets were closed.';
    const span = (phrase: string, score: number) => modelSpan(t, phrase, 'organization', score);
    const out = combineModelSpans(t, [span('Customer Service', 0.13), span('Acme Widgets', 0.6)], []);
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['Acme Widgets']);
  });

  it('types a span by the head-word name that ends it', () => {
    const t = 'Two workers were taken to the R Tavish Brennard Shock Trauma Center overnight.';
    const [rs, re] = at(t, 'Tavish Brennard Shock Trauma Center');
    const out = combineModelSpans(
      t,
      [modelSpan(t, 'R Tavish Brennard Shock Trauma Center', 'location', 0.54)],
      [makeSpan(rs, re, 'organization', 'head-rule')],
    );
    expect(out.map((s) => [t.slice(s.start, s.end), s.type])).toEqual([
      ['R Tavish Brennard Shock Trauma Center', 'organization'],
    ]);
  });

  it("drops a headline's word for where a person stands", () => {
    const t = 'Leftist Varandaka wins presidency';
    const out = combineModelSpans(t, [modelSpan(t, 'Leftist Varandaka', 'person', 0.4)], []);
    expect(out.map((s) => t.slice(s.start, s.end))).toEqual(['Varandaka']);
  });

  it('drops an everyday word opening the sentence, or the text after its dateline, before a given name', () => {
    for (const t of [
      "Billionaire Andrej Dorvak's party won the vote.",
      "PRAGUE, Oct 4 (Reuters) - Billionaire Andrej Dorvak's party won the vote.",
    ]) {
      const out = combineModelSpans(t, [modelSpan(t, 'Billionaire', 'organization', 0.7)], []);
      expect(out).toEqual([]);
    }
  });

  it('keeps a body named for two places the tagger found as places', () => {
    const t = "China's Kenya and Uganda Affairs Office said it.";
    const [rs, re] = at(t, 'Kenya and Uganda Affairs Office');
    const out = combineModelSpans(
      t,
      [modelSpan(t, 'Kenya', 'location', 0.8), modelSpan(t, 'Uganda', 'location', 0.8)],
      [makeSpan(rs, re, 'organization', 'head-rule')],
    );
    expect(out.map((s) => [t.slice(s.start, s.end), s.type])).toEqual([
      ['Kenya and Uganda Affairs Office', 'organization'],
    ]);
  });
});
