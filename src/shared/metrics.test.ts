import { describe, expect, it } from 'vitest';
import { ces, csat, nps, npsBand, wom } from './metrics.ts';

describe('NPS', () => {
  it('matches a hand-computed example with its interval', () => {
    // 50 promoters, 30 passives, 20 detractors: p = .5, d = .2, NPS = 30;
    // se = sqrt((.5 + .2 − .09) / 100) × 100 = sqrt(.0061) × 100 = 7.8102; ±1.96 se = 15.308.
    const f = nps({ n: 100, promoters: 50, detractors: 20 });
    expect(f).toEqual({
      value: 30,
      n: 100,
      promoters: 50,
      passives: 30,
      detractors: 20,
      ci95: [14.7, 45.3],
      tooFew: false,
    });
  });

  it('has no value without answers', () => {
    expect(nps({ n: 0, promoters: 0, detractors: 0 })).toMatchObject({ value: null, n: 0, ci95: null, tooFew: true });
  });

  it('is 0 with a zero-width interval when everyone is a passive', () => {
    expect(nps({ n: 40, promoters: 0, detractors: 0 })).toMatchObject({
      value: 0,
      passives: 40,
      ci95: [0, 0],
      tooFew: false,
    });
  });

  it('says "too few" for one answer, and clips the interval to the scale', () => {
    const one = nps({ n: 1, promoters: 1, detractors: 0 });
    expect(one).toMatchObject({ value: 100, tooFew: true });
    expect(one.ci95![1]).toBe(100);
    expect(nps({ n: 12, promoters: 6, detractors: 6 }).tooFew).toBe(true); // ±55 points
  });

  it('bands scores like the definition: 9–10, 7–8, 0–6', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });
});

describe('CSAT, CES and word of mouth', () => {
  it('CSAT is the share of 4–5 with the mean', () => {
    // answers 5,5,4,3,1 → 3 of 5 are 4–5 = 60%; mean 18 / 5 = 3.6
    expect(csat({ n: 5, sum: 18, top: 3 })).toMatchObject({ value: 60, mean: 3.6, n: 5, tooFew: true });
  });

  it('CES is the mean on 1–7 with the share of 5–7', () => {
    expect(ces({ n: 4, sum: 22, top: 3 })).toMatchObject({ value: 75, mean: 5.5 });
    expect(ces({ n: 0, sum: 0, top: 0 })).toMatchObject({ value: null, mean: null });
  });

  it('word-of-mouth balance weighs detractors k times', () => {
    expect(wom({ n: 100, promoters: 50, detractors: 20 })).toEqual({ value: 10, k: 2 });
    expect(wom({ n: 100, promoters: 50, detractors: 20 }, 3)).toEqual({ value: -10, k: 3 });
    expect(wom({ n: 0, promoters: 0, detractors: 0 })).toEqual({ value: null, k: 2 });
  });
});
