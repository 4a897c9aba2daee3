/**
 * Which of a location's review sites a customer is asked to use: the one with the fewest recent
 * reviews, so no site is favoured for its score. Ties go to the source created first (stable).
 */
export type RotationSource = { id: string; recentReviews: number };

export function chooseSource<S extends RotationSource>(sources: readonly S[]): S | undefined {
  let best: S | undefined;
  for (const s of sources)
    if (!best || s.recentReviews < best.recentReviews || (s.recentReviews === best.recentReviews && s.id < best.id))
      best = s;
  return best;
}

/** How far back "recent" reaches when counting a source's reviews. */
export const ROTATION_WINDOW_DAYS = 90;
