import { describe, expect, it } from 'vitest';
import { scoreAudit, type Answer, type ScoredItem } from './scoring.ts';

const item = (id: string, weight = 1, critical = false, kind: ScoredItem['kind'] = 'pass_fail'): ScoredItem => ({
  id,
  kind,
  weight,
  critical,
});
const answers = (o: Record<string, Answer>) => new Map(Object.entries(o));

describe('scoreAudit', () => {
  it('weighs items: Σ(weight × pass) / Σ(weight)', () => {
    const r = scoreAudit([item('a', 3), item('b', 1)], answers({ a: { result: 'pass' }, b: { result: 'fail' } }));
    expect(r.score).toBe(75);
    expect(r.failedItemIds).toEqual(['b']);
    expect(r.passed).toBe(false);
  });

  it('leaves not-applicable items out of both sums', () => {
    const r = scoreAudit([item('a', 2), item('b', 5)], answers({ a: { result: 'pass' }, b: { result: 'na' } }));
    expect(r.score).toBe(100);
    expect(r.passed).toBe(true);
  });

  it('fails the whole audit on a failed critical item, even with a high score', () => {
    const items = [item('a', 5), item('b', 5), item('c', 5), item('d', 5), item('e', 1, true)];
    const r = scoreAudit(
      items,
      answers({
        a: { result: 'pass' },
        b: { result: 'pass' },
        c: { result: 'pass' },
        d: { result: 'pass' },
        e: { result: 'fail' },
      }),
    );
    expect(r.score).toBe(95.2);
    expect(r.criticalFailed).toBe(true);
    expect(r.passed).toBe(false);
  });

  it('normalises a 1–5 scale onto 0…1 and counts below 3 as failed', () => {
    const r = scoreAudit(
      [item('s', 2, false, 'scale'), item('t', 2, false, 'scale')],
      answers({ s: { value: 5 }, t: { value: 2 } }),
    );
    expect(r.score).toBe(62.5);
    expect(r.failedItemIds).toEqual(['t']);
  });

  it('reports unanswered items and scores only what was answered', () => {
    const r = scoreAudit([item('a'), item('b')], answers({ a: { result: 'pass' } }));
    expect(r.unanswered).toEqual(['b']);
    expect(r.score).toBe(100);
  });

  it('has no score when every item is not applicable', () => {
    expect(scoreAudit([item('a')], answers({ a: { result: 'na' } })).score).toBeNull();
  });

  it('respects the pass mark', () => {
    const items = [item('a', 4), item('b', 1)];
    const a = answers({ a: { result: 'pass' }, b: { result: 'fail' } });
    expect(scoreAudit(items, a, 80).passed).toBe(true);
    expect(scoreAudit(items, a, 90).passed).toBe(false);
  });

  it('refuses an answer of the wrong kind', () => {
    expect(() => scoreAudit([item('s', 1, false, 'scale')], answers({ s: { result: 'pass' } }))).toThrow();
  });
});
