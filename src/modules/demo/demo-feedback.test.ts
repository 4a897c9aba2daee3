import { describe, expect, it } from 'vitest';
import { generateFeedback, type FeedbackVisit } from './demo-feedback.ts';

const visits: FeedbackVisit[] = Array.from({ length: 4000 }, (_, i) => ({
  id: `v${i}`,
  customerId: `c${i % 700}`,
  touchpointKey: ['consultation', 'check_in', 'billing', 'instagram'][i % 4]!,
  locationKey: ['sofia', 'plovdiv'][i % 2]!,
  staffKey: i % 5 === 0 ? 'weak' : 'good',
  occurredAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 3),
  language: ['en', 'ru', 'bg'][i % 3]!,
}));
const nps = (xs: { nps: number }[]) =>
  (100 * (xs.filter((x) => x.nps >= 9).length - xs.filter((x) => x.nps <= 6).length)) / xs.length;

describe('demo feedback', () => {
  const answers = generateFeedback(visits, {
    now: new Date(Date.UTC(2026, 0, 1)),
    weakLocation: 'plovdiv',
    weakStaff: ['weak'],
  });
  const of = (pred: (v: FeedbackVisit) => boolean) => answers.filter((a) => pred(visits[Number(a.visitId.slice(1))]!));

  it('is the same for the same seed, and answers only surveyed touchpoints', () => {
    expect(
      generateFeedback(visits, { now: new Date(Date.UTC(2026, 0, 1)), weakLocation: 'plovdiv', weakStaff: ['weak'] }),
    ).toEqual(answers);
    expect(of((v) => v.touchpointKey === 'instagram')).toHaveLength(0);
    expect(answers.length).toBeGreaterThan(700);
  });

  it('carries the signal the dashboards should find', () => {
    expect(nps(answers)).toBeGreaterThan(10);
    expect(nps(of((v) => v.locationKey === 'plovdiv'))).toBeLessThan(nps(of((v) => v.locationKey === 'sofia')) - 15);
    expect(nps(of((v) => v.staffKey === 'weak'))).toBeLessThan(nps(of((v) => v.staffKey === 'good')));
    expect(nps(of((v) => v.touchpointKey === 'check_in'))).toBeLessThan(
      nps(of((v) => v.touchpointKey === 'consultation')),
    );
  });

  it("writes comments in the customer's language, more often from detractors", () => {
    const ru = answers.filter((a) => a.language === 'ru' && a.comment);
    expect(ru.every((a) => /[а-яё]/i.test(a.comment!))).toBe(true);
    const rate = (band: (n: number) => boolean) =>
      answers.filter((a) => band(a.nps) && a.comment).length / answers.filter((a) => band(a.nps)).length;
    expect(rate((n) => n <= 6)).toBeGreaterThan(rate((n) => n >= 9));
  });
});
