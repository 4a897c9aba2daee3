/** Lesson quizzes: single and multiple choice; a multiple-choice question counts only when exactly right. */
export type QuizQuestion = {
  id: string;
  kind: 'single' | 'multiple';
  text: Record<string, string>;
  options: { id: string; text: Record<string, string> }[];
  correct: string[];
};

export const DEFAULT_QUIZ_PASS_MARK = 80;

export function gradeQuiz(
  questions: QuizQuestion[],
  answers: Record<string, string[]>,
  passMark = DEFAULT_QUIZ_PASS_MARK,
): { score: number; passed: boolean; wrong: string[] } {
  if (!questions.length) return { score: 100, passed: true, wrong: [] };
  const wrong: string[] = [];
  for (const q of questions) {
    const given = [...new Set(answers[q.id] ?? [])].sort();
    const right = [...q.correct].sort();
    if (given.length !== right.length || given.some((g, i) => g !== right[i])) wrong.push(q.id);
  }
  const score = Math.round(((questions.length - wrong.length) / questions.length) * 1000) / 10;
  return { score, passed: score >= passMark, wrong };
}

/** What is wrong with a quiz as written (field → problem), for a 400 before anything is stored. */
export function quizProblems(questions: QuizQuestion[]): Record<string, string> {
  const out: Record<string, string> = {};
  const ids = new Set<string>();
  questions.forEach((q, i) => {
    if (ids.has(q.id)) out[`quiz.${i}.id`] = 'Question ids must be unique';
    ids.add(q.id);
    const options = new Set(q.options.map((o) => o.id));
    if (options.size !== q.options.length) out[`quiz.${i}.options`] = 'Option ids must be unique';
    if (q.correct.some((c) => !options.has(c))) out[`quiz.${i}.correct`] = 'Every correct answer must be an option';
    else if (q.kind === 'single' && q.correct.length !== 1)
      out[`quiz.${i}.correct`] = 'A single-choice question has exactly one correct answer';
    else if (q.correct.length === 0) out[`quiz.${i}.correct`] = 'Mark at least one correct answer';
  });
  return out;
}
