import { describe, expect, it } from 'vitest';
import { effortAnswers } from './demo-effort.ts';
import type { FeedbackAnswer } from './demo-feedback.ts';

const answer = (visitId: string, nps: number): FeedbackAnswer => ({
  visitId,
  nps,
  submittedAt: new Date('2026-05-01T10:00:00Z'),
  emotion: null,
  comment: null,
  wrong: null,
  language: 'en',
  channel: 'email',
});

describe('demo CSAT and CES answers', () => {
  it('follow the desk and booking visits only, on their own scales, in step with the NPS', () => {
    const touchpoint: Record<string, string> = { a: 'billing', b: 'online_booking', c: 'treatment', d: 'check_in' };
    const out = effortAnswers(
      [answer('a', 10), answer('b', 0), answer('c', 9), answer('d', 2)],
      (id) => touchpoint[id]!,
    );
    expect(out.map((a) => [a.visitId, a.kind, a.score])).toEqual([
      ['a', 'csat', 5],
      ['b', 'ces', 1],
      ['d', 'csat', 2],
    ]);
  });
});
