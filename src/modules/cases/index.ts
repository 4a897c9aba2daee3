/** The cases module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { startCaseEngine } from './case-engine.ts';
export { seedDefaults } from './cases.repo.ts';
export { caseRoutes } from './cases.routes.ts';
export { openCaseInTransaction, type OpenCaseInput } from './open-case.ts';
