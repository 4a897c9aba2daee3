/** The starting point: about 30 questions scored 0–4 in six dimensions → a level 1–5 per dimension and overall. */
export const DIMENSIONS = ['standards', 'listening', 'recovery', 'loyalty', 'word_of_mouth', 'people'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Question = { id: string; dimension: Dimension; text: Record<string, string> };
export type DimensionLevel = { dimension: Dimension; mean: number | null; level: number | null; answered: number };

/** Mean answer 0…4 maps onto level 1…5 (rounded half up); a dimension with no answers has no level. */
const levelOf = (mean: number) => Math.min(5, Math.floor(mean + 0.5) + 1);

export function levels(questions: Question[], answers: Record<string, number>) {
  const dims: DimensionLevel[] = DIMENSIONS.map((dimension) => {
    const values = questions
      .filter((q) => q.dimension === dimension && answers[q.id] !== undefined)
      .map((q) => answers[q.id]!);
    if (!values.length) return { dimension, mean: null, level: null, answered: 0 };
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return { dimension, mean: Math.round(mean * 100) / 100, level: levelOf(mean), answered: values.length };
  });
  const scored = dims.filter((d) => d.mean !== null);
  const overallMean = scored.length ? scored.reduce((a, d) => a + d.mean!, 0) / scored.length : null;
  return { dimensions: dims, overall: overallMean === null ? null : levelOf(overallMean) };
}

/** The three weakest dimensions (lowest mean; ties in the order of DIMENSIONS), which the plan addresses. */
export function weakest(dims: DimensionLevel[], n = 3): Dimension[] {
  return dims
    .filter((d) => d.mean !== null)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.mean! - b.d.mean! || a.i - b.i)
    .slice(0, n)
    .map((x) => x.d.dimension);
}

export type PlanTemplate = { dimension: Dimension; title: Record<string, string>; dueInDays: number };

/** Action items for the weakest dimensions, each due so many days after the assessment. */
export function actionPlan(
  dims: DimensionLevel[],
  templates: PlanTemplate[],
  at: Date,
): { dimension: Dimension; title: Record<string, string>; dueAt: Date }[] {
  return weakest(dims).flatMap((dimension) =>
    templates
      .filter((t) => t.dimension === dimension)
      .map((t) => ({ dimension, title: t.title, dueAt: new Date(at.getTime() + t.dueInDays * 86_400_000) })),
  );
}

/** Answers must be whole numbers 0–4 for known questions (field → problem). */
export function answerProblems(questions: Question[], answers: Record<string, number>): Record<string, string> {
  const ids = new Set(questions.map((q) => q.id));
  const out: Record<string, string> = {};
  for (const [id, v] of Object.entries(answers)) {
    if (!ids.has(id)) out[`answers.${id}`] = 'Not a question of this assessment';
    else if (!Number.isInteger(v) || v < 0 || v > 4) out[`answers.${id}`] = 'Use a whole number from 0 to 4';
  }
  return out;
}
