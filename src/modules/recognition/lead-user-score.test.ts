import { describe, expect, it } from 'vitest';
import { leadUserScore, type LeadSignals } from './lead-user-score.ts';

const none: LeadSignals = {
  ideas: 0,
  ideasAdopted: 0,
  qualifiedReferrals: 0,
  reviewsWithText: 0,
  longComments: 0,
  segment: null,
  earlyAdoptions: 0,
};

describe('lead-user score', () => {
  it('is zero without signals and says why otherwise', () => {
    expect(leadUserScore(none)).toEqual({ score: 0, reasons: [] });
    expect(leadUserScore({ ...none, qualifiedReferrals: 2, segment: 'champions' })).toEqual({
      score: 31,
      reasons: [
        { reason: 'referrals', count: 2, points: 16 },
        { reason: 'value', count: 1, points: 15 },
      ],
    });
  });

  it('counts adopted ideas double and caps each signal, the whole at 100', () => {
    expect(leadUserScore({ ...none, ideas: 1, ideasAdopted: 1 }).score).toBe(20);
    expect(leadUserScore({ ...none, longComments: 50 }).score).toBe(15);
    const all = leadUserScore({
      ideas: 9,
      ideasAdopted: 9,
      qualifiedReferrals: 9,
      reviewsWithText: 9,
      longComments: 9,
      segment: 'champions',
      earlyAdoptions: 9,
    });
    expect(all.score).toBe(100);
  });
});
