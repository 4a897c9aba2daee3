import type { Domain, Labelled } from './dataset.ts';

export type Fold = { domain: Domain; train: Labelled[]; test: Labelled[] };

/**
 * Leave-one-domain-out folds: for each domain that has comments, train on `always` and every other
 * domain's comments, test on that domain's. Every comment of `rows` is tested exactly once.
 */
export function lodoFolds(rows: readonly Labelled[], always: readonly Labelled[], domains: readonly Domain[]): Fold[] {
  const missing = rows.find((d) => !d.domain || !domains.includes(d.domain));
  if (missing) throw new Error(`${missing.id} has no domain among the folds`);
  const folds: Fold[] = [];
  for (const domain of domains) {
    const test = rows.filter((d) => d.domain === domain);
    if (test.length === 0) continue;
    folds.push({ domain, test, train: [...always, ...rows.filter((d) => d.domain !== domain)] });
  }
  return folds;
}

/**
 * The same comments in `k` interleaved folds (every k-th comment), so every domain is in training and
 * in test: what the models reach once they have seen a kind of business (a ceiling, not a user's figure).
 */
export function seenDomainFolds(
  rows: readonly Labelled[],
  always: readonly Labelled[],
  k: number,
): { train: Labelled[]; test: Labelled[] }[] {
  return Array.from({ length: k }, (_, i) => ({
    test: rows.filter((_, j) => j % k === i),
    train: [...always, ...rows.filter((_, j) => j % k !== i)],
  }));
}

/** Domains whose errors are never printed nor read while tuning: their figure is the honest one. */
export const NEVER_INSPECTED: readonly Domain[] = ['bank', 'telecom', 'fitness', 'education'];
