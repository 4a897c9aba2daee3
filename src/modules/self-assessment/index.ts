/** The self-assessment module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as selfAssessmentRepoDoor from './self-assessment.repo.ts';
export { actionPlan, levels } from './levels.ts';
export { DEFAULT_QUESTIONS, PLAN_TEMPLATES } from './questions.ts';
export { selfAssessmentRoutes } from './self-assessment.routes.ts';
export const selfAssessmentRepo = {
  insert: selfAssessmentRepoDoor.insert,
  insertItems: selfAssessmentRepoDoor.insertItems,
};
