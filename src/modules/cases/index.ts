/** The cases module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { startCaseEngine } from './case-engine.ts';
export { sendCaseFollowUp } from './follow-up-send.ts';
export { seedDefaults } from './cases.repo.ts';
import * as casesServiceDoor from './cases.service.ts';
export { caseRoutes } from './cases.routes.ts';
export const casesService = { get: casesServiceDoor.get, recordMessage: casesServiceDoor.recordMessage };
export { openCaseInTransaction, type OpenCaseInput } from './open-case.ts';
