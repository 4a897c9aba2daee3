import { describe, expect, it } from 'vitest';
import { rng } from '../../../test/support/rng.ts';
import {
  commentsVisible,
  visibleComments,
  releasePeriod,
  releaseRun,
  thresholdProblem,
  visibleSiblings,
  type PulseAnswer,
} from './suppression.ts';

const answers = (runId: string, spec: Record<string, number>, role = 'staff', score = 9): PulseAnswer[] =>
  Object.entries(spec).flatMap(([location, n]) => Array.from({ length: n }, () => ({ runId, location, role, score })));

describe('sibling suppression', () => {
  it('shows a group only with at least T answers', () => {
    expect(
      visibleSiblings(
        new Map([
          ['a', 5],
          ['b', 7],
          ['c', 9],
        ]),
        5,
      ),
    ).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides the smallest visible sibling when one is hidden', () => {
    expect(
      visibleSiblings(
        new Map([
          ['a', 4],
          ['b', 7],
          ['c', 9],
        ]),
        5,
      ),
    ).toEqual(new Set(['c']));
  });

  it('breaks ties by key, so the same data always hides the same group', () => {
    expect(
      visibleSiblings(
        new Map([
          ['b', 6],
          ['a', 6],
          ['c', 2],
        ]),
        5,
      ),
    ).toEqual(new Set(['b']));
  });

  it('does not hide anything when no group is hidden, and ignores empty groups', () => {
    expect(
      visibleSiblings(
        new Map([
          ['a', 0],
          ['b', 5],
        ]),
        5,
      ),
    ).toEqual(new Set(['b']));
  });
});

describe('a run with 4 answers at a location', () => {
  it('shows nothing for that location; a 5th answer shows it', () => {
    const four = releaseRun([...answers('r', { A: 4 }), ...answers('r', { B: 6 }), ...answers('r', { C: 8 })], 5);
    expect(four.location.get('A')).toBeNull();
    // B is the smallest visible sibling, hidden with A so A cannot be worked out as total − B − C.
    expect(four.location.get('B')).toBeNull();
    expect(four.location.get('C')?.n).toBe(8);
    const five = releaseRun([...answers('r', { A: 5 }), ...answers('r', { B: 6 }), ...answers('r', { C: 8 })], 5);
    expect(five.location.get('A')?.n).toBe(5);
    expect(five.location.get('B')?.n).toBe(6);
  });

  it('hides the total and every group when the run has fewer than T answers', () => {
    const t = releaseRun(answers('r', { A: 2, B: 2 }), 5);
    expect(t.total).toBeNull();
    expect([...t.location.values()]).toEqual([null, null]);
  });
});

describe('the subtraction attack', () => {
  /** Everything a caller can compute from released figures: total minus the visible siblings. */
  function attack(all: PulseAnswer[], threshold: number, periods: string[][]) {
    for (const runs of periods) {
      const period = all.filter((a) => runs.includes(a.runId));
      const t = releasePeriod(period, () => threshold);
      for (const dim of ['location', 'role'] as const) {
        const visible = [...t[dim].values()].filter((c) => c !== null);
        // Every released group figure rests on at least T answers.
        for (const c of visible) expect(c!.n).toBeGreaterThanOrEqual(threshold);
        if (!t.total) continue;
        const rest = t.total.n - visible.reduce((s, c) => s + c!.n, 0);
        // What subtraction leaves is nothing, or at least T answers of more than one hidden group.
        expect(rest === 0 || rest >= threshold).toBe(true);
      }
    }
    // Two nested periods subtracted leave only what the later runs released themselves.
    const [shortP, longP] = [periods[0]!, periods[1]!];
    const short = releasePeriod(
      all.filter((a) => shortP.includes(a.runId)),
      () => threshold,
    );
    const long = releasePeriod(
      all.filter((a) => longP.includes(a.runId)),
      () => threshold,
    );
    const extra = releasePeriod(
      all.filter((a) => longP.includes(a.runId) && !shortP.includes(a.runId)),
      () => threshold,
    );
    for (const [k, c] of long.location) {
      const diff = (c?.n ?? 0) - (short.location.get(k)?.n ?? 0);
      expect(diff === 0 || diff >= threshold).toBe(true);
      expect(diff).toBe(extra.location.get(k)?.n ?? 0);
    }
  }

  it('never leaves a group of fewer than T answers to be worked out, on random small groups', () => {
    const random = rng(19);
    for (let trial = 0; trial < 300; trial++) {
      const threshold = 3 + Math.floor(random() * 4);
      const all: PulseAnswer[] = [];
      for (const runId of ['r1', 'r2', 'r3'])
        for (const location of ['A', 'B', 'C', 'D'])
          for (let i = Math.floor(random() * 9); i > 0; i--)
            all.push({
              runId,
              location,
              role: random() < 0.7 ? 'staff' : 'manager',
              score: Math.floor(random() * 11),
            });
      attack(all, threshold, [['r1'], ['r1', 'r2'], ['r1', 'r2', 'r3']]);
    }
  });
});

describe('comments and the threshold', () => {
  it('shows comments only with at least T commenters', () => {
    expect(commentsVisible(4, 5)).toBe(false);
    expect(commentsVisible(5, 5)).toBe(true);
  });

  it('keeps the threshold within 3…10 and never lowers it once a run has opened', () => {
    expect(thresholdProblem(2, null, false)).toMatch(/3 to 10/);
    expect(thresholdProblem(11, 5, false)).toMatch(/3 to 10/);
    expect(thresholdProblem(3, 5, false)).toBeNull();
    expect(thresholdProblem(4, 5, true)).toMatch(/lowered/);
    expect(thresholdProblem(7, 5, true)).toBeNull();
  });
});

describe('comments under suppression', () => {
  const c = (id: string, location: string) => ({ id, runId: 'r', location, comment: `text ${id}` });
  const comments = [...['1', '2', '3', '4', '5'].map((i) => c(i, 'A')), c('6', 'B')];
  it('shows all of a run’s comments only with at least T commenters', () => {
    expect(visibleComments(comments.slice(0, 4), () => 5, null)).toEqual([]);
    expect(visibleComments(comments, () => 5, null)).toHaveLength(6);
  });
  it('does not let "all" minus "location A" reveal the one comment at B', () => {
    expect(visibleComments(comments, () => 5, ['A'])).toEqual([]);
    expect(visibleComments(comments, () => 5, ['B'])).toEqual([]);
  });
});
