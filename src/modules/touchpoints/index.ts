/** The touchpoints module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as touchpointsRepoDoor from './touchpoints.repo.ts';
import * as touchpointsServiceDoor from './touchpoints.service.ts';
export { touchpointRoutes } from './touchpoints.routes.ts';
export const touchpointsService = { list: touchpointsServiceDoor.list };
export const touchpointsRepo = { get: touchpointsRepoDoor.get, insert: touchpointsRepoDoor.insert };
