import type { FeedbackAnswer, FeedbackVisit } from './demo-feedback.ts';
import { rng } from './demo-feedback.ts';

/**
 * The demo's relationship survey ("would you recommend Bright Smile?", tied to no touchpoint), so
 * driver analysis has an outcome to explain. After a month in which a patient answered post-visit
 * surveys, most also answer it; their score leans on how that month's touchpoints went, with
 * waiting at check-in, billing and phone booking weighing most — the touchpoints an owner should fix.
 */
export type RelationshipAnswer = { customerId: string; submittedAt: Date; nps: number; language: string };

export const RELATIONSHIP_WEIGHTS: Record<string, number> = {
  check_in: 1.6,
  billing: 1.4,
  phone_booking: 1.2,
  treatment: 0.8,
  consultation: 0.6,
  hygiene: 0.5,
  xray: 0.3,
  online_booking: 0.4,
};

export function generateRelationship(
  answers: FeedbackAnswer[],
  visits: FeedbackVisit[],
  opts: { seed?: number; now?: Date; rate?: number } = {},
): RelationshipAnswer[] {
  const random = rng((opts.seed ?? 7) + 1);
  const now = (opts.now ?? new Date()).getTime();
  const byVisit = new Map(visits.map((v) => [v.id, v]));
  const months = new Map<string, { customerId: string; last: FeedbackAnswer; weighted: number; weight: number }>();
  for (const a of answers) {
    const v = byVisit.get(a.visitId);
    if (!v?.customerId) continue;
    const key = `${v.customerId}|${a.submittedAt.toISOString().slice(0, 7)}`;
    const m = months.get(key) ?? { customerId: v.customerId, last: a, weighted: 0, weight: 0 };
    const w = RELATIONSHIP_WEIGHTS[v.touchpointKey] ?? 0.5;
    m.weighted += w * a.nps;
    m.weight += w;
    if (a.submittedAt > m.last.submittedAt) m.last = a;
    months.set(key, m);
  }
  const out: RelationshipAnswer[] = [];
  for (const m of months.values()) {
    if (random() > (opts.rate ?? 0.6)) continue;
    // Within hours of the month's last answer, so it falls in the same month as the visits it reflects.
    const submittedAt = new Date(m.last.submittedAt.getTime() + (1 + random() * 10) * 3_600_000);
    if (
      submittedAt.getTime() > now ||
      submittedAt.toISOString().slice(0, 7) !== m.last.submittedAt.toISOString().slice(0, 7)
    )
      continue;
    const noise = (random() + random() - 1) * 2;
    out.push({
      customerId: m.customerId,
      submittedAt,
      nps: Math.max(0, Math.min(10, Math.round(0.6 + 0.95 * (m.weighted / m.weight) + noise))),
      language: m.last.language,
    });
  }
  return out;
}
