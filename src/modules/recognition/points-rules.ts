/**
 * The optional points ledger's rules. Pure: points.service.ts stores what passes. Points are never
 * earned for a public review (incentivised reviews are unlawful: FTC 16 CFR 465, EU Omnibus).
 */
export const POINT_KINDS = ['earn', 'spend', 'expire', 'reverse'] as const;
export const POINT_SOURCES = ['interaction', 'referral', 'gesture', 'manual', 'review'] as const;
export type PointEntry = {
  kind: (typeof POINT_KINDS)[number];
  points: number;
  sourceType: (typeof POINT_SOURCES)[number];
  reversesId?: string | null;
};

/** Field errors of an entry given the customer's balance; empty when it may be written. */
export function checkEntry(e: PointEntry, balance: number): Record<string, string> {
  const fields: Record<string, string> = {};
  if (e.kind === 'earn' && e.sourceType === 'review') fields.sourceType = 'Points are never earned for a public review';
  if ((e.kind === 'spend' || e.kind === 'expire') && e.points > balance)
    fields.points = `Only ${balance} points are available`;
  if (e.kind === 'reverse' && !e.reversesId) fields.reversesId = 'Say which entry this reverses';
  return fields;
}

/** The signed amount an entry adds to the balance (a reversal's sign is that of what it undoes). */
export const signed = (kind: PointEntry['kind'], points: number, reversedKind?: PointEntry['kind']) =>
  kind === 'earn' ? points : kind === 'reverse' ? (reversedKind === 'earn' ? -points : points) : -points;
