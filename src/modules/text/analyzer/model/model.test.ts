import { describe, expect, it } from 'vitest';
import { keyOf } from '../compile.ts';
import { STEMMERS } from '../stem.ts';
import { tokenize } from '../tokenize.ts';
import { sentimentFeatures, type Features } from './features.ts';
import { sentimentModel } from './load.ts';
import { predict, serialise, train } from './softmax.ts';

const OPTS = { epochs: 20, l2: 1e-4, rate: 0.1, minCount: 1, seed: 7 };
const x = (...names: string[]): Features => new Map(names.map((n) => [n, 1]));

describe('softmax training', () => {
  const examples = [
    { x: x('bias', 'w:great'), y: 2 },
    { x: x('bias', 'w:awful'), y: 0 },
    { x: x('bias', 'w:tuesday'), y: 1 },
    { x: x('bias', 'w:great', 'w:food'), y: 2 },
    { x: x('bias', 'w:awful', 'w:food'), y: 0 },
    { x: x('bias', 'w:food', 'w:tuesday'), y: 1 },
  ];

  it('learns which words point to which class', () => {
    const model = train(['negative', 'neutral', 'positive'], examples, OPTS);
    const best = (f: Features) => {
      const p = predict(model, f);
      return p.indexOf(Math.max(...p));
    };
    expect(best(x('bias', 'w:great'))).toBe(2);
    expect(best(x('bias', 'w:awful', 'w:food'))).toBe(0);
    expect(best(x('bias', 'w:tuesday'))).toBe(1);
    // A feature never seen in training weighs nothing.
    expect(predict(model, x('bias', 'w:unseen'))).toEqual(predict(model, x('bias')));
  });

  it('gives the same weights for the same seed, so anyone can rebuild the committed file', () => {
    const a = serialise(train(['negative', 'neutral', 'positive'], examples, OPTS));
    const b = serialise(train(['negative', 'neutral', 'positive'], examples, OPTS));
    expect(a).toEqual(b);
    expect(serialise(train(['negative', 'neutral', 'positive'], examples, { ...OPTS, seed: 8 }))).not.toEqual(a);
  });
});

describe('the committed sentiment model', () => {
  it('loads from its weights file without any download', () => {
    const model = sentimentModel();
    expect(model.classes).toEqual(['negative', 'neutral', 'positive']);
    expect(model.weights.size).toBeGreaterThan(1000);
    for (const name of ['bias', 'lex', 'lex+', 'lex-']) expect(model.weights.get(name)).toHaveLength(3);
    for (const w of model.weights.values()) expect(w.every(Number.isFinite)).toBe(true);
    expect(sentimentModel()).toBe(model);
  });
});

describe('sentiment features', () => {
  const features = (text: string, lang: 'en' | 'ru') => {
    const tokens = tokenize(text);
    const keys = tokens.map((t) => keyOf(t, STEMMERS[lang]));
    return sentimentFeatures(
      tokens,
      keys,
      new Map([
        ['not', 'neg'],
        ['не', 'neg'],
      ] as const),
      lang,
      { value: 0, positive: 0, negative: 0 },
    );
  };

  it('marks the words a negator governs, within its clause only', () => {
    const f = features('The soup was not hot. Hot tea though', 'en');
    expect(f.has('n:hot')).toBe(true);
    expect(f.get('w:hot')).toBe(1);
    expect(features('не дошла', 'ru').has(`n:${keyOf(tokenize('дошла')[0]!, STEMMERS.ru)}`)).toBe(true);
  });

  it('gives a misspelt word most of the character trigrams of the right one', () => {
    const grams = (text: string) => [...features(text, 'en').keys()].filter((k) => k.startsWith('g:'));
    const right = grams('delicious');
    const typo = new Set(grams('delicous'));
    expect(right.filter((g) => typo.has(g)).length / right.length).toBeGreaterThan(0.5);
  });
});
