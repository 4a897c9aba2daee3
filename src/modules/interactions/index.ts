/** The interactions module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as interactionsRepoDoor from './interactions.repo.ts';
export { customerIdsByExternalId } from './interactions.repo.ts';
export { interactionRoutes } from './interactions.routes.ts';
import * as interactionsServiceDoor from './interactions.service.ts';
export { createBatch } from './interactions.service.ts';
export const interactionsService = {
  createBatch: interactionsServiceDoor.createBatch,
  remove: interactionsServiceDoor.remove,
  update: interactionsServiceDoor.update,
};
export { existingReferences, unknownReferenceFields } from './references.ts';
export const interactionsRepo = { get: interactionsRepoDoor.get };
