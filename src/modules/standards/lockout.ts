/** SASSIE's rule: one shopper does not visit the same location twice within N days. */
export const DEFAULT_LOCKOUT_DAYS = 90;

export type Visit = { shopperRef: string; locationId: string; at: Date };

/** The date from which this shopper may visit this location again, or null when they may now. */
export function lockedUntil(
  visits: Visit[],
  shopperRef: string,
  locationId: string,
  now: Date,
  days = DEFAULT_LOCKOUT_DAYS,
): Date | null {
  const ref = normaliseShopper(shopperRef);
  let latest: Date | null = null;
  for (const v of visits)
    if (normaliseShopper(v.shopperRef) === ref && v.locationId === locationId && (!latest || v.at > latest))
      latest = v.at;
  if (!latest) return null;
  const until = new Date(latest.getTime() + days * 86_400_000);
  return until > now ? until : null;
}

/** The same shopper typed twice ("Anna@x.bg " and "anna@x.bg") is one shopper. */
export const normaliseShopper = (ref: string) => ref.trim().toLowerCase().replace(/\s+/g, ' ');

/** A shopper link works only inside its window. */
export function windowState(now: Date, from: Date, to: Date): 'early' | 'open' | 'closed' {
  if (now < from) return 'early';
  return now > to ? 'closed' : 'open';
}
