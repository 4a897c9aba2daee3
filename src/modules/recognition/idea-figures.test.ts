import { describe, expect, it } from 'vitest';
import { topTenthShare } from './idea-figures.ts';

const ranked = Array.from({ length: 25 }, (_, i) => ({ customerId: `c${String(i).padStart(2, '0')}`, score: 100 - i }));

describe('share of ideas from the top tenth of lead users', () => {
  it('takes the top tenth rounded up, and counts their ideas against all ideas of the period', () => {
    const ideas = [
      { customerId: 'c00' },
      { customerId: 'c02' },
      { customerId: 'c03' }, // 11th of 25 → rank 4, outside the top 3
      { customerId: null },
    ];
    expect(topTenthShare(ranked, ideas)).toEqual({
      leadUsers: 25,
      topTenth: 3,
      ideas: 4,
      fromTopTenth: 2,
      share: 50,
    });
  });
  it('says nothing rather than 0 % when there were no ideas, and ignores a zero score', () => {
    expect(topTenthShare([{ customerId: 'a', score: 0 }], [])).toEqual({
      leadUsers: 0,
      topTenth: 0,
      ideas: 0,
      fromTopTenth: 0,
      share: null,
    });
  });
});
