import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.ts';
import { accuracy, macroF1, microF1 } from './metrics.ts';

describe('bench metrics', () => {
  it('accuracy, macro-F1 and micro-F1', () => {
    expect(accuracy(['a', 'b', 'c', 'a'], ['a', 'b', 'a', 'a'])).toBe(0.75);
    // a: tp 2 fp 1 fn 0 → 0.8; b: 1.0; c: 0 → mean 0.6
    expect(macroF1(['a', 'b', 'c', 'a'], ['a', 'b', 'a', 'a'], ['a', 'b', 'c'])).toBeCloseTo(0.6);
    expect(microF1([['x', 'y'], ['z']], [['x'], ['z', 'w']])).toBeCloseTo((2 * 2) / (2 * 2 + 1 + 1));
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
