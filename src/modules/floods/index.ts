/** The floods module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { floodRoutes } from './floods.routes.ts';
export { recordSource } from './floods.service.ts';
