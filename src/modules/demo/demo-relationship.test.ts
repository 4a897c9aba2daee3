import { describe, expect, it } from 'vitest';
import { generateFeedback, type FeedbackVisit } from './demo-feedback.ts';
import { generateRelationship } from './demo-relationship.ts';

const visits: FeedbackVisit[] = Array.from({ length: 6000 }, (_, i) => ({
  id: `v${i}`,
  customerId: `c${i % 500}`,
  touchpointKey: ['consultation', 'check_in', 'billing', 'xray'][i % 4]!,
  locationKey: 'sofia',
  staffKey: null,
  occurredAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 2),
  language: ['en', 'ru', 'bg'][i % 3]!,
}));
const now = new Date(Date.UTC(2026, 0, 1));
const answers = generateFeedback(visits, { now });

describe('demo relationship survey', () => {
  const loyal = generateRelationship(answers, visits, { now });

  it("answers at most once per customer and month, after that month's post-visit answers, in the same month", () => {
    expect(generateRelationship(answers, visits, { now })).toEqual(loyal);
    expect(loyal.length).toBeGreaterThan(200);
    const keys = loyal.map((a) => `${a.customerId}|${a.submittedAt.toISOString().slice(0, 7)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(loyal.every((a) => a.submittedAt <= now && a.nps >= 0 && a.nps <= 10)).toBe(true);
  });

  it('leans on check-in more than on the x-ray', () => {
    const byVisit = new Map(visits.map((v) => [v.id, v]));
    const month = (customerId: string, d: Date) => `${customerId}|${d.toISOString().slice(0, 7)}`;
    const scores = new Map<string, Record<string, number>>();
    for (const a of answers) {
      const v = byVisit.get(a.visitId)!;
      const m = scores.get(month(v.customerId!, a.submittedAt)) ?? {};
      m[v.touchpointKey] = a.nps;
      scores.set(month(v.customerId!, a.submittedAt), m);
    }
    const corr = (tp: string) => {
      const pairs = loyal.flatMap((a) => {
        const x = scores.get(month(a.customerId, a.submittedAt))?.[tp];
        return x === undefined ? [] : [[x, a.nps] as const];
      });
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      const mx = mean(pairs.map((p) => p[0])),
        my = mean(pairs.map((p) => p[1]));
      const cov = mean(pairs.map(([x, y]) => (x - mx) * (y - my)));
      const sd = (xs: number[], m: number) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
      return (
        cov /
        (sd(
          pairs.map((p) => p[0]),
          mx,
        ) *
          sd(
            pairs.map((p) => p[1]),
            my,
          ))
      );
    };
    expect(corr('check_in')).toBeGreaterThan(corr('xray'));
  });
});
