/** The surveys module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as surveysRepoDoor from './surveys.repo.ts';
export { countsForLoyalty } from './follow-up.ts';
export {
  acceptLanguages,
  checkAnswers,
  conditionHolds,
  denormalise,
  isEmptyAnswer,
  localize,
  pickLanguage,
  visibleQuestions,
} from './survey-logic.ts';
export type { NewSurvey, SurveyRecord, SurveyRow } from './surveys.repo.ts';
export { surveyRoutes } from './surveys.routes.ts';
export { surveyForIngest } from './surveys.service.ts';
export { SURVEY_TEMPLATES } from './templates.ts';
export const surveysRepo = {
  get: surveysRepoDoor.get,
  getAnyOrg: surveysRepoDoor.getAnyOrg,
  insert: surveysRepoDoor.insert,
  triggeredBy: surveysRepoDoor.triggeredBy,
};
