/**
 * Who belongs to which recognition tier. Pure: the recalculation (tier-recalc.ts) feeds it each
 * customer's rolling-12-month figures and stores what it answers.
 */
export const DAY_MS = 86_400_000;
/** A recovery case this recent freezes demotion: being demoted right after a complaint feels like a punishment. */
export const RECOVERY_GUARD_DAYS = 30;
export const ROLLING_DAYS = 365;

export type TierCriteria = {
  minVisits?: number | null;
  minSpend?: number | null;
  minTenureDays?: number | null;
  minReferrals?: number | null;
};
export type TierRule = {
  id: string;
  rank: number;
  /** `all`: every set criterion must hold; `any`: one is enough. */
  match: 'any' | 'all';
  criteria: TierCriteria;
  /** Given by hand only; never earned by figures. */
  manualOnly: boolean;
  graceDays: number;
};
export type CustomerStats = { visits: number; spend: number; tenureDays: number; referrals: number };
export type Standing = { tierId: string | null; since: Date | null; belowSince: Date | null; manual: boolean };

const CHECKS: { key: keyof TierCriteria; stat: keyof CustomerStats }[] = [
  { key: 'minVisits', stat: 'visits' },
  { key: 'minSpend', stat: 'spend' },
  { key: 'minTenureDays', stat: 'tenureDays' },
  { key: 'minReferrals', stat: 'referrals' },
];

export function qualifies(rule: TierRule, stats: CustomerStats): boolean {
  if (rule.manualOnly) return false;
  const set = CHECKS.filter((c) => rule.criteria[c.key] != null);
  if (!set.length) return false;
  const met = set.map((c) => stats[c.stat] >= rule.criteria[c.key]!);
  return rule.match === 'all' ? met.every(Boolean) : met.some(Boolean);
}

/** The highest tier the figures earn, or null. */
export function earnedTier(rules: TierRule[], stats: CustomerStats): TierRule | null {
  let best: TierRule | null = null;
  for (const r of rules) if (qualifies(r, stats) && (!best || r.rank > best.rank)) best = r;
  return best;
}

/**
 * The customer's standing after looking at today's figures. Promotion is immediate; a customer
 * below their tier keeps it through the tier's grace period (counted from when they first fell
 * below), and is never demoted while a recovery case of theirs is under 30 days old.
 */
export function nextStanding(
  rules: TierRule[],
  current: Standing,
  stats: CustomerStats,
  now: Date,
  lastRecoveryAt: Date | null,
): Standing {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const held = current.tierId ? byId.get(current.tierId) : undefined;
  if (current.manual && held) return current;
  const earned = earnedTier(rules, stats);
  const enter = (t: TierRule | null): Standing =>
    t ? { tierId: t.id, since: now, belowSince: null, manual: false } : { ...NONE };
  if (!held) return earned ? enter(earned) : { ...NONE };
  if (earned && earned.rank > held.rank) return enter(earned);
  if (earned && earned.rank === held.rank) return { ...current, belowSince: null };
  const belowSince = current.belowSince ?? now;
  const graceOver = now.getTime() - belowSince.getTime() >= held.graceDays * DAY_MS;
  const guarded = lastRecoveryAt !== null && now.getTime() - lastRecoveryAt.getTime() < RECOVERY_GUARD_DAYS * DAY_MS;
  if (graceOver && !guarded) return enter(earned);
  return { ...current, belowSince };
}
const NONE: Standing = { tierId: null, since: null, belowSince: null, manual: false };

export const sameStanding = (a: Standing, b: Standing) =>
  a.tierId === b.tierId &&
  a.manual === b.manual &&
  a.since?.getTime() === b.since?.getTime() &&
  a.belowSince?.getTime() === b.belowSince?.getTime();

/** What the customer still needs for the next tier up (each criterion that is set), or null at the top. */
export function progressTo(rules: TierRule[], currentTierId: string | null, stats: CustomerStats) {
  const currentRank = rules.find((r) => r.id === currentTierId)?.rank ?? -Infinity;
  const next = rules.filter((r) => !r.manualOnly && r.rank > currentRank).sort((a, b) => a.rank - b.rank)[0];
  if (!next) return null;
  return {
    tierId: next.id,
    match: next.match,
    criteria: CHECKS.filter((c) => next.criteria[c.key] != null).map((c) => ({
      criterion: c.stat,
      have: stats[c.stat],
      need: next.criteria[c.key]!,
    })),
  };
}
