import { describe, expect, it } from 'vitest';
import { rate, shareByMonth } from './figures.ts';

describe('advocacy figures', () => {
  it('gives a share with its Wilson interval, and none without a base', () => {
    expect(rate(0, 0)).toEqual({ value: null, n: 0, ci95: null, tooFew: true });
    // 8 of 10: the textbook Wilson interval is 49.0 %…94.3 %.
    expect(rate(8, 10)).toEqual({ value: 80, n: 10, ci95: [49, 94.3], tooFew: false });
    // All of a few: 3 / (3 + 1.96²) = 43.8 %, far below 100 %.
    expect(rate(3, 3)).toMatchObject({ value: 100, ci95: [43.8, 100], tooFew: true });
  });

  it('sums the locations of a month before taking the share', () => {
    const rows = [
      { month: '2026-06', newCustomers: 4, referred: 1 },
      { month: '2026-05', newCustomers: 10, referred: 2 },
      { month: '2026-06', newCustomers: 6, referred: 4 },
    ];
    expect(shareByMonth(rows).map((m) => [m.month, m.value, m.n])).toEqual([
      ['2026-05', 20, 10],
      ['2026-06', 50, 10],
    ]);
  });
});
