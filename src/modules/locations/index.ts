/** The locations module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as locationsRepoDoor from './locations.repo.ts';
import * as locationsServiceDoor from './locations.service.ts';
export { locationRoutes } from './locations.routes.ts';
export const locationsService = { list: locationsServiceDoor.list };
export const locationsRepo = { get: locationsRepoDoor.get, insert: locationsRepoDoor.insert };
