import { describe, expect, it } from 'vitest';
import { gradeQuiz, quizProblems, type QuizQuestion } from './quiz.ts';

const q = (id: string, kind: QuizQuestion['kind'], correct: string[]): QuizQuestion => ({
  id,
  kind,
  text: { en: id },
  options: ['a', 'b', 'c'].map((o) => ({ id: o, text: { en: o } })),
  correct,
});
const quiz = [
  q('q1', 'single', ['a']),
  q('q2', 'multiple', ['a', 'c']),
  q('q3', 'single', ['b']),
  q('q4', 'single', ['c']),
  q('q5', 'single', ['a']),
];

describe('quiz', () => {
  it('passes at 80% by default', () => {
    const r = gradeQuiz(quiz, { q1: ['a'], q2: ['c', 'a'], q3: ['b'], q4: ['c'], q5: ['b'] });
    expect(r).toEqual({ score: 80, passed: true, wrong: ['q5'] });
  });

  it('counts a multiple-choice question only when exactly right', () => {
    const r = gradeQuiz(quiz, { q1: ['a'], q2: ['a'], q3: ['b'], q4: ['c'], q5: ['b'] });
    expect(r.score).toBe(60);
    expect(r.passed).toBe(false);
  });

  it('finds questions that cannot be answered right', () => {
    expect(quizProblems([q('x', 'single', ['a', 'b']), q('x', 'multiple', ['z'])])).toEqual({
      'quiz.0.correct': 'A single-choice question has exactly one correct answer',
      'quiz.1.id': 'Question ids must be unique',
      'quiz.1.correct': 'Every correct answer must be an option',
    });
  });
});
