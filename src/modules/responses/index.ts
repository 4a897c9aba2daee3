/** The responses module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as responsesRepoDoor from './responses.repo.ts';
export { continueResponse, ingest } from './ingest.ts';
export type { SurveyRecord } from './ingest.ts';
export { responseWriter } from './response-writer.ts';
export type { ResponseWriter } from './response-writer.ts';
export { responseExportRoutes } from './responses-export.routes.ts';
export { activeStaffIds } from './responses.repo.ts';
export { responseRoutes } from './responses.routes.ts';
export { addAnswer } from './responses.service.ts';
export const responsesRepo = {
  findByInvitation: responsesRepoDoor.findByInvitation,
  findByResumeToken: responsesRepoDoor.findByResumeToken,
  interactionContext: responsesRepoDoor.interactionContext,
  setContact: responsesRepoDoor.setContact,
};
