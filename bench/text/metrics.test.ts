import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.ts';
import { accuracy, confusion, macroF1, microF1, perClass } from './metrics.ts';

describe('bench metrics', () => {
  it('accuracy, macro-F1 and micro-F1', () => {
    expect(accuracy(['a', 'b', 'c', 'a'], ['a', 'b', 'a', 'a'])).toBe(0.75);
    // a: tp 2 fp 1 fn 0 → 0.8; b: 1.0; c: 0 → mean 0.6
    expect(macroF1(['a', 'b', 'c', 'a'], ['a', 'b', 'a', 'a'], ['a', 'b', 'c'])).toBeCloseTo(0.6);
    expect(microF1([['x', 'y'], ['z']], [['x'], ['z', 'w']])).toBeCloseTo((2 * 2) / (2 * 2 + 1 + 1));
  });

  it('confusion matrix and per-class precision and recall', () => {
    const gold = ['a', 'a', 'b', 'c', 'c', 'c'];
    const pred = ['a', 'b', 'b', 'c', 'a', 'c'];
    expect(confusion(gold, pred, ['a', 'b', 'c'])).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
    const pc = perClass(gold, pred, ['a', 'b', 'c']);
    expect(pc[0]).toEqual({ precision: 0.5, recall: 0.5 });
    expect(pc[1]).toEqual({ precision: 0.5, recall: 1 });
    expect(pc[2]).toEqual({ precision: 1, recall: 2 / 3 });
  });

  it('parses the dataset format and fixes the split by id', () => {
    const rows = parseDataset('en', '# comment\nen-001|pos|sat|wt,sa|Quick | friendly\nen-003|neg|ang|ot|Bad\n');
    expect(rows).toEqual([
      {
        id: 'en-001',
        lang: 'en',
        split: 'dev',
        sentiment: 'positive',
        emotion: 'satisfaction',
        topics: ['wait_time', 'staff_attitude'],
        text: 'Quick | friendly',
      },
      {
        id: 'en-003',
        lang: 'en',
        split: 'heldout',
        sentiment: 'negative',
        emotion: 'anger',
        topics: ['other'],
        text: 'Bad',
      },
    ]);
    expect(() => parseDataset('en', 'en-002|good|sat|wt|x')).toThrow();
  });
});
