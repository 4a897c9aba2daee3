/**
 * How much of the idea board the top tenth of lead users carries. Pure: the caller gives the
 * ranked customers (opted-out ones are not among them) and the ideas of the period.
 */
export function topTenthShare(
  ranked: readonly { customerId: string; score: number }[],
  ideas: readonly { customerId: string | null }[],
) {
  const scored = ranked.filter((r) => r.score > 0);
  const top = new Set(
    [...scored]
      .sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId))
      .slice(0, Math.ceil(scored.length / 10))
      .map((r) => r.customerId),
  );
  const fromTop = ideas.filter((i) => i.customerId !== null && top.has(i.customerId)).length;
  return {
    leadUsers: scored.length,
    topTenth: top.size,
    ideas: ideas.length,
    fromTopTenth: fromTop,
    share: ideas.length ? Math.round((fromTop / ideas.length) * 1000) / 10 : null,
  };
}
