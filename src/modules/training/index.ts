/** The training module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as trainingRepoDoor from './training.repo.ts';
export { assignLessons } from './loop.ts';
export { startRefreshers } from './refreshers.ts';
export { trainingRoutes } from './training.routes.ts';
export const trainingRepo = {
  insertLesson: trainingRepoDoor.insertLesson,
  lessonIdsByStandard: trainingRepoDoor.lessonIdsByStandard,
};
