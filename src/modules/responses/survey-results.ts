import { parseReferralAnswer, REFERRAL_CHANNELS } from '../../shared/referral-answer.ts';
import { EMOTIONS, isFreeText, type Question } from '../../shared/survey-definition.ts';

export type ResultCounts = {
  complete: number;
  partial: number;
  /** Responses that answered each question. */
  answered: Map<string, number>;
  /** How many responses gave each value (a multiple choice counts once per option picked). */
  values: { question: string; value: string; n: number }[];
  /** The newest texts per text question. */
  texts: { question: string; responseId: string; text: string; submittedAt: Date }[];
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The values a question can take, in the order they are shown; undefined when any value goes (staff). */
function scaleOf(q: Question): string[] | undefined {
  switch (q.type) {
    case 'nps':
      return range(0, 10);
    case 'csat':
      return range(1, 5);
    case 'ces':
      return range(1, 7);
    case 'rating':
      return range(1, q.scale ?? 5);
    case 'emotion':
      return [...EMOTIONS];
    case 'single':
    case 'multi':
      return (q.options ?? []).map((o) => o.id);
    case 'referral_source':
      return [...REFERRAL_CHANNELS];
    default:
      return undefined;
  }
}

/**
 * Each question's summary from the counted rows: the distribution over every value it offers (zeros
 * included, so the bars line up with the scale), the mean of numeric scales, the newest texts.
 */
export function summarise(questions: Question[], c: ResultCounts) {
  const total = c.complete + c.partial;
  return {
    responses: total,
    complete: c.complete,
    partial: c.partial,
    completionRate: total ? Math.round((c.complete / total) * 10_000) / 10_000 : null,
    questions: questions.map((q) => {
      const answered = c.answered.get(q.id) ?? 0;
      if (isFreeText(q.type)) {
        const latest = c.texts
          .filter((t) => t.question === q.id)
          .map((t) => ({ responseId: t.responseId, text: t.text, submittedAt: t.submittedAt.toISOString() }));
        return { id: q.id, type: q.type, text: q.text, answered, distribution: [], mean: null, latest };
      }
      // "How did you hear?" is counted by channel: who recommended stays on each response.
      const counts = new Map<string, number>();
      for (const v of c.values.filter((x) => x.question === q.id)) {
        const key = q.type === 'referral_source' ? parseReferralAnswer(v.value).channel : v.value;
        counts.set(key, (counts.get(key) ?? 0) + v.n);
      }
      const scale = scaleOf(q) ?? [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
      const distribution = scale.map((value) => ({ value, n: counts.get(value) ?? 0 }));
      const numeric = ['nps', 'csat', 'ces', 'rating'].includes(q.type);
      const sum = numeric ? distribution.reduce((s, d) => s + Number(d.value) * d.n, 0) : 0;
      const n = numeric ? distribution.reduce((s, d) => s + d.n, 0) : 0;
      const mean = n ? Math.round((sum / n) * 100) / 100 : null;
      return { id: q.id, type: q.type, text: q.text, answered, distribution, mean, latest: [] };
    }),
  };
}
