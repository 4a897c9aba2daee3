import { describe, expect, it } from 'vitest';
import { DAY_MS, earnedTier, nextStanding, progressTo, qualifies, type Standing, type TierRule } from './tier-rules.ts';

const silver: TierRule = {
  id: 's',
  rank: 1,
  match: 'any',
  criteria: { minVisits: 5 },
  manualOnly: false,
  graceDays: 90,
};
const gold: TierRule = {
  id: 'g',
  rank: 2,
  match: 'all',
  criteria: { minVisits: 10, minSpend: 500 },
  manualOnly: false,
  graceDays: 90,
};
const vip: TierRule = { id: 'v', rank: 3, match: 'any', criteria: {}, manualOnly: true, graceDays: 90 };
const rules = [silver, gold, vip];
const stats = (visits: number, spend = 0, tenureDays = 0, referrals = 0) => ({ visits, spend, tenureDays, referrals });
const now = new Date('2026-06-01T10:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY_MS);
const inGold: Standing = { tierId: 'g', since: daysAgo(200), belowSince: null, manual: false };

describe('tier qualification', () => {
  it('needs every criterion for "all", one for "any", and never earns a manual-only tier', () => {
    expect(qualifies(gold, stats(10, 499))).toBe(false);
    expect(qualifies(gold, stats(10, 500))).toBe(true);
    expect(qualifies({ ...silver, criteria: { minVisits: 5, minReferrals: 1 } }, stats(0, 0, 0, 1))).toBe(true);
    expect(qualifies(vip, stats(100, 1e6))).toBe(false);
    expect(earnedTier(rules, stats(12, 900))?.id).toBe('g');
    expect(earnedTier(rules, stats(2))).toBeNull();
  });

  it('promotes at once and dates the entry', () => {
    const s = nextStanding(
      rules,
      { tierId: 's', since: daysAgo(30), belowSince: null, manual: false },
      stats(10, 600),
      now,
      null,
    );
    expect(s).toEqual({ tierId: 'g', since: now, belowSince: null, manual: false });
  });

  it('keeps a customer below the threshold through the grace period, then demotes to what they earn', () => {
    const first = nextStanding(rules, inGold, stats(6), now, null);
    expect(first).toEqual({ ...inGold, belowSince: now });
    const day89 = nextStanding(rules, { ...inGold, belowSince: daysAgo(89) }, stats(6), now, null);
    expect(day89.tierId).toBe('g');
    const day90 = nextStanding(rules, { ...inGold, belowSince: daysAgo(90) }, stats(6), now, null);
    expect(day90).toEqual({ tierId: 's', since: now, belowSince: null, manual: false });
    const none = nextStanding(rules, { ...inGold, belowSince: daysAgo(120) }, stats(1), now, null);
    expect(none.tierId).toBeNull();
  });

  it('clears the grace clock when the customer is back at the threshold', () => {
    expect(nextStanding(rules, { ...inGold, belowSince: daysAgo(50) }, stats(10, 500), now, null)).toEqual(inGold);
  });

  it('never demotes within 30 days of a recovery case, even after the grace period', () => {
    const below = { ...inGold, belowSince: daysAgo(100) };
    expect(nextStanding(rules, below, stats(6), now, daysAgo(29)).tierId).toBe('g');
    expect(nextStanding(rules, below, stats(6), now, daysAgo(30)).tierId).toBe('s');
    // The guard holds back demotion only, not promotion.
    expect(nextStanding(rules, inGold, stats(0), now, daysAgo(1)).belowSince).toEqual(now);
  });

  it('leaves a tier given by hand alone, and drops a deleted tier', () => {
    const manual: Standing = { tierId: 'v', since: daysAgo(3), belowSince: null, manual: true };
    expect(nextStanding(rules, manual, stats(0), now, null)).toBe(manual);
    expect(nextStanding([silver], inGold, stats(6), now, null)).toEqual({
      tierId: 's',
      since: now,
      belowSince: null,
      manual: false,
    });
  });

  it('shows progress to the next earnable tier', () => {
    expect(progressTo(rules, 's', stats(7, 100))).toEqual({
      tierId: 'g',
      match: 'all',
      criteria: [
        { criterion: 'visits', have: 7, need: 10 },
        { criterion: 'spend', have: 100, need: 500 },
      ],
    });
    expect(progressTo(rules, 'g', stats(12, 900))).toBeNull();
  });
});
