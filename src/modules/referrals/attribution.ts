/**
 * Who referred a new customer. Sources rank code > link > survey answer > staff entry; a link
 * counts only when its last visit is within 30 days of the customer's first interaction. A
 * customer keeps one referrer for life (the caller refuses when one is stored), and a customer
 * who had interactions before the referral cannot be referred at all.
 */
export const ATTRIBUTION_METHODS = ['code', 'link', 'survey', 'staff'] as const;
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];
export const LINK_WINDOW_DAYS = 30;
const DAY = 24 * 3600_000;

export type AttributionClaim = { method: AttributionMethod; referrerId: string; at: Date };

export type AttributionInput = {
  claims: readonly AttributionClaim[];
  /** When the referred customer first came; null when they have not come yet. */
  firstInteractionAt: Date | null;
  /** Interactions of the referred customer before the earliest claim: an existing customer. */
  earlierInteraction: boolean;
  alreadyReferred: boolean;
};

export type Attribution =
  | { referred: true; method: AttributionMethod; referrerId: string }
  | { referred: false; reason: 'already_referred' | 'existing_customer' | 'no_claim' };

export function attribute(input: AttributionInput): Attribution {
  if (input.alreadyReferred) return { referred: false, reason: 'already_referred' };
  if (input.earlierInteraction) return { referred: false, reason: 'existing_customer' };
  const reference = input.firstInteractionAt?.getTime();
  const valid = input.claims.filter(
    (c) => c.method !== 'link' || reference === undefined || reference - c.at.getTime() <= LINK_WINDOW_DAYS * DAY,
  );
  let best: AttributionClaim | undefined;
  for (const c of valid) {
    if (!best) best = c;
    else {
      const rank = ATTRIBUTION_METHODS.indexOf(c.method) - ATTRIBUTION_METHODS.indexOf(best.method);
      // Among links the last visit wins; among other equal ranks the first claim stays.
      if (rank < 0 || (rank === 0 && c.method === 'link' && c.at > best.at)) best = c;
    }
  }
  return best
    ? { referred: true, method: best.method, referrerId: best.referrerId }
    : { referred: false, reason: 'no_claim' };
}
