import { describe, expect, it } from 'vitest';
import { analyze } from './analyzer/analyze.ts';
import { DEFAULT_TAXONOMY } from './analyzer/taxonomy.ts';
import { compileOverrides, deriveOverrides, distinctiveTerms, type OverrideRow } from './overrides.ts';

const row = (v: Partial<OverrideRow>): OverrideRow => ({
  lang: 'en',
  kind: 'sentiment',
  term: 'x',
  weight: null,
  topic: null,
  emotion: null,
  ...v,
});

describe('compileOverrides', () => {
  it('turns stored rows into the analyser overrides, in order, by kind', () => {
    const o = compileOverrides([
      row({ term: 'dishwater', weight: -2 }),
      row({ lang: 'ru', kind: 'topic', term: 'кальян*', topic: 'product_quality' }),
      row({ lang: 'bg', kind: 'emotion', term: 'бесен', emotion: 'anger' }),
      row({ term: 'dishwater', weight: 0 }),
    ]);
    expect(o).toEqual({
      sentiment: [
        { lang: 'en', term: 'dishwater', weight: -2 },
        { lang: 'en', term: 'dishwater', weight: 0 },
      ],
      topics: [{ lang: 'ru', term: 'кальян*', topic: 'product_quality' }],
      emotion: [{ lang: 'bg', term: 'бесен', emotion: 'anger' }],
    });
  });

  it('skips rows the analyser could not use instead of failing the organisation', () => {
    expect(compileOverrides([])).toBeUndefined();
    expect(
      compileOverrides([
        row({ lang: 'de' }),
        row({ term: 'ab*', weight: 1 }),
        row({ kind: 'emotion', term: 'meh', emotion: 'neutral' }),
        row({ term: 'x', weight: null }),
        row({ term: ' ', weight: 1 }),
      ]),
    ).toBeUndefined();
  });

  it('applies later rows over earlier ones, so the newest correction wins', () => {
    const o = compileOverrides([row({ term: 'dishwater', weight: -2 }), row({ term: 'dishwater', weight: 2 })]);
    expect(analyze('The espresso tasted like dishwater', { overrides: o }).sentiment).toBe('positive');
  });
});

describe('deriveOverrides', () => {
  it('gives a comment without sentiment words its unknown words, with the corrected polarity', () => {
    const text = 'Кофе как из болота';
    const before = analyze(text);
    expect(before.sentiment).toBe('neutral');
    const rows = deriveOverrides(text, before, { sentiment: 'negative' }, DEFAULT_TAXONOMY, undefined);
    expect(rows).toEqual([row({ lang: 'ru', term: 'болот*', weight: -2 })]);
    // Words that already mean something (кофе: a product) are left alone.
    expect(analyze('Морс как из болота', { overrides: compileOverrides(rows) }).sentiment).toBe('negative');
  });

  it('hands a comment the model judged back to the lexicon when the manager says it is neutral', () => {
    const text = 'Посылка так и не дошла';
    const before = analyze(text);
    expect(before.sentiment).toBe('negative');
    const rows = deriveOverrides(text, before, { sentiment: 'neutral' }, DEFAULT_TAXONOMY, undefined);
    expect(rows).toEqual([row({ lang: 'ru', term: 'дошла', weight: 0 })]);
    expect(analyze(text, { overrides: compileOverrides(rows) }).sentiment).toBe('neutral');
    // The lexicon's own words still count: "до сих пор" (still not) is a complaint.
    expect(analyze('Посылка до сих пор не дошла', { overrides: compileOverrides(rows) }).sentiment).toBe('negative');
  });

  it('neutralises the words that pushed the wrong way', () => {
    const text = 'Sick burger, mad good';
    const before = analyze(text, {
      overrides: compileOverrides([row({ term: 'sick', weight: -2 }), row({ term: 'mad', weight: -2 })]),
    });
    const rows = deriveOverrides(text, before, { sentiment: 'positive' }, DEFAULT_TAXONOMY, undefined);
    expect(rows.filter((r) => r.weight === 0).map((r) => r.term)).toEqual(expect.arrayContaining(['sick', 'mad']));
  });

  it('adds a topic to the words that name none, and detaches a removed topic from its trigger words', () => {
    const text = 'Кальян забили криво';
    const rows = deriveOverrides(text, analyze(text), { topics: ['product_quality'] }, DEFAULT_TAXONOMY, undefined);
    expect(rows).toContainEqual(row({ lang: 'ru', kind: 'topic', term: 'кальян*', topic: 'product_quality' }));
    const next = analyze('Кальян опять невкусный', { overrides: compileOverrides(rows) });
    expect(next.topics).toContain('product_quality');

    const en = 'Lovely view from the terrace';
    const before = analyze(en);
    expect(before.topics).toContain('ambience');
    const detached = deriveOverrides(en, before, { topics: ['other'] }, DEFAULT_TAXONOMY, undefined);
    expect(detached.every((r) => r.kind === 'topic' && r.topic === null)).toBe(true);
    expect(analyze(en, { overrides: compileOverrides(detached) }).topics).toEqual(['other']);
  });

  it('teaches an emotion through the words that carried the sentiment', () => {
    const text = 'Terrible service again';
    const before = analyze(text);
    const rows = deriveOverrides(text, before, { emotion: 'anger' }, DEFAULT_TAXONOMY, undefined);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'emotion' && r.emotion === 'anger')).toBe(true);
  });

  it('learns nothing from a comment in another language or a correction that agrees', () => {
    expect(deriveOverrides('👍', analyze('👍'), { sentiment: 'negative' }, DEFAULT_TAXONOMY, undefined)).toEqual([]);
    const text = 'Awful, rude staff';
    const a = analyze(text);
    expect(
      deriveOverrides(
        text,
        a,
        { sentiment: a.sentiment, emotion: a.emotion, topics: a.topics },
        DEFAULT_TAXONOMY,
        undefined,
      ),
    ).toEqual([]);
  });

  it('uses stems as roots in Slavic languages so other inflections match', () => {
    expect(distinctiveTerms('Пломбата падна', 'bg').map((t) => t.term)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\*$/)]),
    );
    expect(distinctiveTerms('this was the dishwater', 'en').map((t) => t.term)).toEqual(['dishwater']);
  });
});
