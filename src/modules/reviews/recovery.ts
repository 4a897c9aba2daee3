/** A public review that calls for a recovery case: 3 stars or fewer (of 5), or negative words. */
export const RECOVERY_MAX_RATING = 3;
export const RECOVERY_DUE_HOURS = 48;

export function needsRecovery(review: { rating: number | null; sentiment: string | null }): boolean {
  return (review.rating !== null && review.rating <= RECOVERY_MAX_RATING) || review.sentiment === 'negative';
}
