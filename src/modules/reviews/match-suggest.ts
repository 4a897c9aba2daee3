import { nameMatch } from '../../shared/name-match.ts';

/**
 * Who likely wrote a review: customers who came to the review's location in the days before it,
 * ranked by how alike their name is to the author's, then how recent the visit was. Pure; a person
 * confirms the suggestion.
 */
export const MATCH_WINDOW_DAYS = 7;
/** Review sites show the date in the reviewer's zone: a visit up to a day "after" the review still counts. */
const GRACE_DAYS = 1;
const DAY = 24 * 3600_000;

export type MatchReview = { author: string | null; reviewedAt: Date; locationId: string | null };
export type MatchCandidate = {
  interactionId: string;
  customerId: string;
  customerName: string | null;
  occurredAt: Date;
  locationId: string | null;
};
export type MatchSuggestion = MatchCandidate & {
  score: number;
  /** Whole days between the visit and the review (0 = the same day). */
  daysBefore: number;
  sameLocation: boolean;
  /** The words of the customer's name that matched the author's. */
  nameMatched: string[];
};

export function suggestMatches(review: MatchReview, candidates: readonly MatchCandidate[], limit = 5) {
  const byCustomer = new Map<string, MatchSuggestion>();
  for (const c of candidates) {
    const gap = (review.reviewedAt.getTime() - c.occurredAt.getTime()) / DAY;
    if (gap < -GRACE_DAYS || gap > MATCH_WINDOW_DAYS) continue;
    const sameLocation = !!review.locationId && c.locationId === review.locationId;
    if (review.locationId && !sameLocation) continue;
    const name = review.author ? nameMatch(review.author, c.customerName ?? '') : { score: 0, matched: [] };
    // With an author given, a visit alone is no evidence; an anonymous review ranks by time only.
    if (review.author && name.score === 0) continue;
    const recency = 1 - Math.max(0, gap) / MATCH_WINDOW_DAYS;
    const score = Math.round((name.score * 0.7 + recency * 0.2 + (sameLocation ? 0.1 : 0)) * 100) / 100;
    const s = { ...c, score, daysBefore: Math.max(0, Math.floor(gap)), sameLocation, nameMatched: name.matched };
    const kept = byCustomer.get(c.customerId);
    if (!kept || s.score > kept.score) byCustomer.set(c.customerId, s);
  }
  return [...byCustomer.values()]
    .sort((a, b) => b.score - a.score || b.occurredAt.getTime() - a.occurredAt.getTime())
    .slice(0, limit);
}
