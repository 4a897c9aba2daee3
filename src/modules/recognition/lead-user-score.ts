/**
 * The lead-user score, 0–100, with the reasons behind it. Pure: lead-users.ts counts each
 * customer's signals. Weights and caps keep one signal from making a lead user alone.
 */
export type LeadSignals = {
  ideas: number;
  /** Ideas that were planned or done count double. */
  ideasAdopted: number;
  qualifiedReferrals: number;
  reviewsWithText: number;
  /** Survey comments of 200 characters or more. */
  longComments: number;
  /** RFM segment (champions, loyal …), or null. */
  segment: string | null;
  /** New touchpoints (opened within the year) the customer was among the first 10% to use. */
  earlyAdoptions: number;
};
export const LEAD_REASONS = ['ideas', 'referrals', 'reviews', 'comments', 'value', 'early_adopter'] as const;
export type LeadReason = { reason: (typeof LEAD_REASONS)[number]; count: number; points: number };

const capped = (reason: LeadReason['reason'], count: number, each: number, cap: number): LeadReason | null =>
  count > 0 ? { reason, count, points: Math.min(cap, count * each) } : null;
const SEGMENT_POINTS: Record<string, number> = { champions: 15, loyal: 10, potential_loyalists: 5 };

export function leadUserScore(s: LeadSignals): { score: number; reasons: LeadReason[] } {
  const reasons = [
    capped('ideas', s.ideas + s.ideasAdopted, 10, 30),
    capped('referrals', s.qualifiedReferrals, 8, 24),
    capped('reviews', s.reviewsWithText, 5, 10),
    capped('comments', s.longComments, 5, 15),
    s.segment && SEGMENT_POINTS[s.segment]
      ? { reason: 'value' as const, count: 1, points: SEGMENT_POINTS[s.segment]! }
      : null,
    capped('early_adopter', s.earlyAdoptions, 10, 20),
  ].filter((r): r is LeadReason => r !== null);
  return {
    score: Math.min(
      100,
      reasons.reduce((sum, r) => sum + r.points, 0),
    ),
    reasons,
  };
}
