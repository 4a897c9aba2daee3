/** The access module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as accessServiceDoor from './access.service.ts';
export { accessRoutes } from './access.routes.ts';
export { createApiKey, forgetCachedApiKeys } from './access.service.ts';
export { createOrg } from './onboarding.ts';
export const accessService = {
  SESSION_COOKIE: accessServiceDoor.SESSION_COOKIE,
  actorFromApiKey: accessServiceDoor.actorFromApiKey,
  actorFromSession: accessServiceDoor.actorFromSession,
};
