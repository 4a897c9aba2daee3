import { describe, expect, it } from 'vitest';
import { checkEntry, signed } from './points-rules.ts';

describe('points ledger rules', () => {
  it('refuses to earn points for a public review', () => {
    expect(checkEntry({ kind: 'earn', points: 10, sourceType: 'review' }, 0)).toEqual({
      sourceType: 'Points are never earned for a public review',
    });
    expect(checkEntry({ kind: 'earn', points: 10, sourceType: 'interaction' }, 0)).toEqual({});
  });

  it('never spends or expires more than the balance, and a reversal names its entry', () => {
    expect(checkEntry({ kind: 'spend', points: 11, sourceType: 'manual' }, 10).points).toBeDefined();
    expect(checkEntry({ kind: 'spend', points: 10, sourceType: 'manual' }, 10)).toEqual({});
    expect(checkEntry({ kind: 'reverse', points: 5, sourceType: 'manual' }, 10).reversesId).toBeDefined();
  });

  it('signs amounts by kind', () => {
    expect([
      signed('earn', 5),
      signed('spend', 5),
      signed('expire', 5),
      signed('reverse', 5, 'earn'),
      signed('reverse', 5, 'spend'),
    ]).toEqual([5, -5, -5, -5, 5]);
  });
});
