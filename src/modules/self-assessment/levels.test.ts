import { describe, expect, it } from 'vitest';
import { DIMENSIONS, actionPlan, answerProblems, levels, weakest, type Question } from './levels.ts';
import { DEFAULT_QUESTIONS, PLAN_TEMPLATES } from './questions.ts';

const qs: Question[] = DIMENSIONS.flatMap((dimension) =>
  [1, 2, 3, 4, 5].map((i) => ({ id: `${dimension}.${i}`, dimension, text: { en: '' } })),
);
const all = (v: (d: string, i: number) => number) =>
  Object.fromEntries(qs.map((q) => [q.id, v(q.dimension, Number(q.id.split('.')[1]))]));

describe('self-assessment levels', () => {
  it('maps the mean 0–4 onto level 1–5 per dimension and overall', () => {
    const r = levels(
      qs,
      all((d) => ({ standards: 0, listening: 4, recovery: 2, loyalty: 1, word_of_mouth: 3, people: 2 })[d]!),
    );
    expect(r.dimensions.map((d) => d.level)).toEqual([1, 5, 3, 2, 4, 3]);
    expect(r.overall).toBe(3);
  });

  it('rounds half up and leaves unanswered dimensions without a level', () => {
    const answers = { 'standards.1': 1, 'standards.2': 2 };
    const r = levels(qs, answers);
    expect(r.dimensions[0]).toEqual({ dimension: 'standards', mean: 1.5, level: 3, answered: 2 });
    expect(r.dimensions[1]!.level).toBeNull();
    expect(r.overall).toBe(3);
  });

  it('plans for the three weakest dimensions, ties in dimension order', () => {
    const r = levels(
      qs,
      all((d) => ({ standards: 2, listening: 1, recovery: 1, loyalty: 3, word_of_mouth: 0, people: 1 })[d]!),
    );
    expect(weakest(r.dimensions)).toEqual(['word_of_mouth', 'listening', 'recovery']);
    const plan = actionPlan(r.dimensions, PLAN_TEMPLATES, new Date('2026-06-01T00:00:00Z'));
    expect(new Set(plan.map((p) => p.dimension))).toEqual(new Set(['word_of_mouth', 'listening', 'recovery']));
    expect(plan.every((p) => p.dueAt > new Date('2026-06-01T00:00:00Z'))).toBe(true);
  });

  it('refuses answers out of range or for unknown questions', () => {
    expect(answerProblems(qs, { 'standards.1': 5, nope: 1, 'people.1': 2 })).toEqual({
      'answers.standards.1': 'Use a whole number from 0 to 4',
      'answers.nope': 'Not a question of this assessment',
    });
  });

  it('ships 30 questions, five per dimension, and plan templates for every dimension, in en, ru and bg', () => {
    expect(DEFAULT_QUESTIONS).toHaveLength(30);
    for (const d of DIMENSIONS) {
      expect(DEFAULT_QUESTIONS.filter((q) => q.dimension === d)).toHaveLength(5);
      expect(PLAN_TEMPLATES.filter((t) => t.dimension === d).length).toBeGreaterThan(0);
    }
    for (const t of [...DEFAULT_QUESTIONS.map((q) => q.text), ...PLAN_TEMPLATES.map((p) => p.title)])
      expect(Object.keys(t).sort()).toEqual(['bg', 'en', 'ru']);
  });
});
