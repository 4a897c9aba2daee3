import type { FeedbackAnswer } from './demo-feedback.ts';

/**
 * The demo's short CSAT and CES surveys, so those dashboard tiles have figures: patients who scored
 * a visit at the front desk also rate their satisfaction with it (CSAT, 1–5), and those who booked
 * say how easy booking was (CES, 1–7). Each follows the patient's NPS, so the desk's weak spots show
 * in all three figures alike.
 */
export const EFFORT_SURVEYS = {
  csat: { template: 'support_csat', touchpoints: ['check_in', 'billing'] },
  ces: { template: 'booking_ces', touchpoints: ['online_booking', 'phone_booking'] },
} as const;

export type EffortKind = keyof typeof EFFORT_SURVEYS;
export type EffortAnswer = FeedbackAnswer & { kind: EffortKind; score: number };

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

export function effortAnswers(answers: FeedbackAnswer[], touchpointOf: (visitId: string) => string): EffortAnswer[] {
  return answers.flatMap((a): EffortAnswer[] => {
    const touchpoint = touchpointOf(a.visitId);
    const kind = (Object.keys(EFFORT_SURVEYS) as EffortKind[]).find((k) =>
      (EFFORT_SURVEYS[k].touchpoints as readonly string[]).includes(touchpoint),
    );
    if (!kind) return [];
    const score = kind === 'csat' ? clamp(1 + a.nps * 0.4, 1, 5) : clamp(1 + a.nps * 0.6, 1, 7);
    return [{ ...a, kind, score, submittedAt: new Date(a.submittedAt.getTime() + 60_000) }];
  });
}
