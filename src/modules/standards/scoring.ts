/** How an audit is scored: Σ(weight × pass) / Σ(weight) over the items not marked not applicable. */

export type ItemKind = 'pass_fail' | 'scale';
export type ScoredItem = { id: string; kind: ItemKind; weight: number; critical: boolean };
/** `pass`/`fail`/`na` for a pass-fail item; `value` 1–5 (or `na`) for a scale item. */
export type Answer = { result: 'pass' | 'fail' | 'na' } | { value: number } | { result: 'na' };

/** A scale answer below this (of 1–5) counts as a failed item: "poor" and "very poor". */
export const SCALE_FAIL_BELOW = 3;
export const DEFAULT_PASS_MARK = 80;

/** 0…1 for an answered item, null when not applicable. Scale 1–5 maps linearly onto 0…1. */
export function points(kind: ItemKind, answer: Answer): number | null {
  if ('result' in answer) {
    if (answer.result === 'na') return null;
    if (kind === 'scale') throw new Error('A scale item takes a value from 1 to 5');
    return answer.result === 'pass' ? 1 : 0;
  }
  if (kind !== 'scale') throw new Error('A pass/fail item takes pass, fail or na');
  return (answer.value - 1) / 4;
}

export function failed(kind: ItemKind, answer: Answer): boolean {
  if ('result' in answer) return answer.result === 'fail';
  return kind === 'scale' && answer.value < SCALE_FAIL_BELOW;
}

export type AuditScore = {
  /** 0–100 with one decimal; null when every item was not applicable. */
  score: number | null;
  passed: boolean;
  failedItemIds: string[];
  criticalFailed: boolean;
  unanswered: string[];
};

export function scoreAudit(
  items: ScoredItem[],
  answers: ReadonlyMap<string, Answer>,
  passMark = DEFAULT_PASS_MARK,
): AuditScore {
  let earned = 0;
  let possible = 0;
  const failedItemIds: string[] = [];
  const unanswered: string[] = [];
  let criticalFailed = false;
  for (const item of items) {
    const answer = answers.get(item.id);
    if (!answer) {
      unanswered.push(item.id);
      continue;
    }
    const p = points(item.kind, answer);
    if (p === null) continue;
    earned += item.weight * p;
    possible += item.weight;
    if (failed(item.kind, answer)) {
      failedItemIds.push(item.id);
      if (item.critical) criticalFailed = true;
    }
  }
  const score = possible === 0 ? null : Math.round((earned / possible) * 1000) / 10;
  // A failed critical item fails the audit whatever the score.
  const passed = !criticalFailed && (score === null || score >= passMark);
  return { score, passed, failedItemIds, criticalFailed, unanswered };
}
