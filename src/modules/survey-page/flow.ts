import type { Answers, Question } from '../../shared/survey-definition.ts';
import { acceptLanguages, pickLanguage, visibleQuestions } from '../surveys/index.ts';

/** Pure navigation of the one-question-per-page flow; the conditions are survey-logic's. */

const RTL = new Set(['ar', 'he', 'fa', 'ur']);
export const textDirection = (lang: string): 'rtl' | 'ltr' =>
  RTL.has(lang.toLowerCase().split(/[-_]/)[0]!) ? 'rtl' : 'ltr';

/** `?lang=` first, then the response's or the customer's language, then the browser's, among the survey's languages. */
export function chooseLanguage(
  surveyLanguages: string[],
  o: { query?: string; stored?: string | null; customer?: string | null; acceptLanguage?: string },
): string {
  if (o.query && surveyLanguages.includes(o.query)) return o.query;
  return pickLanguage(surveyLanguages, [o.stored, o.customer, ...acceptLanguages(o.acceptLanguage)]);
}

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The question to show: the requested one when it is visible and every visible required question
 * before it has an answer; otherwise the first visible question without an answer (undefined
 * when there is none left).
 */
export function questionToShow(qs: Question[], answers: Answers, requested?: string): Question | undefined {
  const visible = visibleQuestions(qs, answers);
  const wanted = requested ? visible.find((q) => q.id === requested) : undefined;
  if (wanted) {
    const before = visible.slice(0, visible.indexOf(wanted));
    if (before.every((q) => !q.required || !blank(answers[q.id]))) return wanted;
  }
  return visible.find((q) => blank(answers[q.id]));
}

/** The next visible question after `current` (in survey order), given the answers now stored. */
export function nextQuestion(qs: Question[], answers: Answers, current: string): Question | undefined {
  const at = qs.findIndex((q) => q.id === current);
  return visibleQuestions(qs, answers).find((q) => qs.indexOf(q) > at);
}

export function previousQuestion(qs: Question[], answers: Answers, current: string): Question | undefined {
  const at = qs.findIndex((q) => q.id === current);
  return visibleQuestions(qs, answers)
    .filter((q) => qs.indexOf(q) < at)
    .pop();
}

/**
 * Position among the visible questions (1-based) and how many there will be. With conditional
 * questions the total is not known until the answers are (an answer can add a question, and
 * "1 of 4" then read "2 of 5"), so it is left out (null) rather than shown and then changed.
 */
export function progress(qs: Question[], answers: Answers, current: string): { n: number; total: number | null } {
  const visible = visibleQuestions(qs, answers);
  const n = visible.findIndex((q) => q.id === current) + 1;
  return { n, total: qs.some((q) => q.showIf) ? null : visible.length };
}

export function isBlank(v: unknown): boolean {
  return blank(v);
}
