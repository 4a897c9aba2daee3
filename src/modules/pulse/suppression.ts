import { nps, type NpsCounts, type NpsFigure } from '../../shared/metrics.ts';

/**
 * Anonymity of pulse answers (Lattice's "strong protection"). A group's figure is released only
 * with at least T answers; when any sibling group is hidden the smallest visible sibling is hidden
 * too, so the hidden groups together always hold at least T answers and no hidden figure can be
 * worked out by subtracting the visible ones from the total. Figures for a period are sums of the
 * figures each run released, so two periods subtracted give only what runs already released.
 */
export const THRESHOLD_DEFAULT = 5;
export const THRESHOLD_MIN = 3;
export const THRESHOLD_MAX = 10;

export type Counts = NpsCounts;
export type Dimension = 'location' | 'role';
/** One anonymous answer: the snapshot of where and what the person was, never who. */
export type PulseAnswer = { runId: string; location: string | null; role: string; score: number };

const NO_LOCATION = 'none';
const zero = (): Counts => ({ n: 0, promoters: 0, detractors: 0 });
const add = (a: Counts, b: Counts): Counts => ({
  n: a.n + b.n,
  promoters: a.promoters + b.promoters,
  detractors: a.detractors + b.detractors,
});
const countOf = (score: number): Counts => ({
  n: 1,
  promoters: score >= 9 ? 1 : 0,
  detractors: score <= 6 ? 1 : 0,
});

/** Which sibling groups may be shown: ≥T each, plus the smallest visible one hidden when any is hidden. */
export function visibleSiblings(groups: ReadonlyMap<string, number>, threshold: number): Set<string> {
  const entries = [...groups].filter(([, n]) => n > 0);
  const visible = entries.filter(([, n]) => n >= threshold);
  if (visible.length < entries.length && visible.length > 0) {
    // Smallest n; ties by key so the same data always hides the same group.
    visible.sort(([ka, a], [kb, b]) => a - b || ka.localeCompare(kb));
    visible.shift();
  }
  return new Set(visible.map(([k]) => k));
}

export type ReleasedTable = {
  total: Counts | null;
  location: Map<string, Counts | null>;
  role: Map<string, Counts | null>;
};

const keyOf = (a: PulseAnswer, dim: Dimension) => (dim === 'location' ? (a.location ?? NO_LOCATION) : a.role);

/** What one run releases: its total (≥T) and each dimension's groups after sibling suppression. */
export function releaseRun(answers: readonly PulseAnswer[], threshold: number): ReleasedTable {
  const total = answers.reduce((c, a) => add(c, countOf(a.score)), zero());
  const out: ReleasedTable = { total: total.n >= threshold ? total : null, location: new Map(), role: new Map() };
  for (const dim of ['location', 'role'] as const) {
    const groups = new Map<string, Counts>();
    for (const a of answers) groups.set(keyOf(a, dim), add(groups.get(keyOf(a, dim)) ?? zero(), countOf(a.score)));
    const shown = out.total ? visibleSiblings(new Map([...groups].map(([k, c]) => [k, c.n])), threshold) : new Set();
    for (const [k, c] of groups) out[dim].set(k, shown.has(k) ? c : null);
  }
  return out;
}

/** How many were invited, per run and group: participation is answers over the invited of the same released cells. */
export type InvitedOf = (runId: string, dim: 'total' | Dimension, key: string) => number;
export type Invitations = { total: number; location: Map<string, number>; role: Map<string, number> };

/** A period's table: the sums of what each run released (a group hidden in every run stays hidden). */
export function releasePeriod(
  answers: readonly PulseAnswer[],
  thresholdOf: (runId: string) => number,
  invitedOf: InvitedOf = () => 0,
): ReleasedTable & { invited: Invitations } {
  const byRun = new Map<string, PulseAnswer[]>();
  for (const a of answers) byRun.set(a.runId, [...(byRun.get(a.runId) ?? []), a]);
  const out = {
    total: null as Counts | null,
    location: new Map<string, Counts | null>(),
    role: new Map<string, Counts | null>(),
    invited: { total: 0, location: new Map<string, number>(), role: new Map<string, number>() },
  };
  for (const [runId, list] of byRun) {
    const run = releaseRun(list, thresholdOf(runId));
    if (run.total) {
      out.total = add(out.total ?? zero(), run.total);
      out.invited.total += invitedOf(runId, 'total', '');
    }
    for (const dim of ['location', 'role'] as const)
      for (const [k, c] of run[dim]) {
        const before = out[dim].get(k) ?? null;
        out[dim].set(k, c ? add(before ?? zero(), c) : before);
        if (c) out.invited[dim].set(k, (out.invited[dim].get(k) ?? 0) + invitedOf(runId, dim, k));
      }
  }
  return out;
}

export type PulseComment = { id: string; runId: string; location: string | null; comment: string };

/**
 * The comments a caller may read: per run, all of them when at least T people wrote one; limited
 * to some locations, only those locations' comments where the locations pass sibling suppression
 * on the number of commenters (so "all" minus "one location" reveals no small group).
 */
export function visibleComments(
  comments: readonly PulseComment[],
  thresholdOf: (runId: string) => number,
  only: readonly string[] | null,
): PulseComment[] {
  const byRun = new Map<string, PulseComment[]>();
  for (const c of comments) byRun.set(c.runId, [...(byRun.get(c.runId) ?? []), c]);
  const out: PulseComment[] = [];
  for (const [runId, list] of byRun) {
    const t = thresholdOf(runId);
    if (!commentsVisible(list.length, t)) continue;
    if (!only) {
      out.push(...list);
      continue;
    }
    const counts = new Map<string, number>();
    for (const c of list) counts.set(c.location ?? NO_LOCATION, (counts.get(c.location ?? NO_LOCATION) ?? 0) + 1);
    const shown = visibleSiblings(counts, t);
    out.push(...list.filter((c) => only.includes(c.location ?? NO_LOCATION) && shown.has(c.location ?? NO_LOCATION)));
  }
  return out;
}

export type GroupFigure = { key: string; hidden: boolean; enps: NpsFigure | null };

export const figureOf = (key: string, c: Counts | null | undefined): GroupFigure =>
  c ? { key, hidden: false, enps: nps(c) } : { key, hidden: true, enps: null };

/** Sum of released location groups: what a manager covering some locations may see as their total. */
export function totalOver(table: ReleasedTable, locations: readonly string[]): Counts | null {
  const parts = locations.map((l) => table.location.get(l)).filter((c): c is Counts => !!c);
  return parts.length ? parts.reduce(add, zero()) : null;
}

/** Comments are shown only where at least T different people wrote one. */
export const commentsVisible = (commenters: number, threshold: number): boolean => commenters >= threshold;

/** A problem with a new threshold, or null: 3…10, and never lower once a run has opened. */
export function thresholdProblem(next: number, current: number | null, runOpened: boolean): string | null {
  if (!Number.isInteger(next) || next < THRESHOLD_MIN || next > THRESHOLD_MAX)
    return `Must be a whole number from ${THRESHOLD_MIN} to ${THRESHOLD_MAX}`;
  if (runOpened && current !== null && next < current)
    return 'Cannot be lowered once a run has opened: answers were given under the higher threshold';
  return null;
}
