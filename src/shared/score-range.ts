import type { Question } from './survey-definition.ts';

// Apart from survey-definition.ts so the dashboard gets it without bundling zod.
/** The range of a scored question, or undefined for the others. */
export function scoreRange(q: Pick<Question, 'type' | 'scale'>): [number, number] | undefined {
  switch (q.type) {
    case 'nps':
      return [0, 10];
    case 'csat':
      return [1, 5];
    case 'ces':
      return [1, 7];
    case 'rating':
      return [1, q.scale ?? 5];
    default:
      return undefined;
  }
}
