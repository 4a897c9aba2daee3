/** The standards module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as auditsRepoDoor from './audits.repo.ts';
import * as standardsRepoDoor from './standards.repo.ts';
export type { AuditRow } from './audits.repo.ts';
export { compliance } from './compliance.ts';
export { startAuditSchedules } from './schedule-engine.ts';
export { mysteryPageRoutes } from './mystery.routes.ts';
export { failed, points, scoreAudit } from './scoring.ts';
export type { Answer } from './scoring.ts';
export { standardsRoutes } from './standards.routes.ts';
export { assertRefs } from './standards.service.ts';
export type { StandardsDeps } from './standards.service.ts';
export const auditsRepo = {
  insert: auditsRepoDoor.insert,
  mysteryIds: auditsRepoDoor.mysteryIds,
  upsertAnswer: auditsRepoDoor.upsertAnswer,
};
export const standardsRepo = {
  existing: standardsRepoDoor.existing,
  insertChecklist: standardsRepoDoor.insertChecklist,
  insertStandard: standardsRepoDoor.insertStandard,
  insertSchedule: standardsRepoDoor.insertSchedule,
  itemsOf: standardsRepoDoor.itemsOf,
  names: standardsRepoDoor.names,
  publishNotice: standardsRepoDoor.publishNotice,
  replaceItems: standardsRepoDoor.replaceItems,
};
