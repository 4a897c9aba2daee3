/** The orgs module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as orgsRepoDoor from './orgs.repo.ts';
import * as orgsServiceDoor from './orgs.service.ts';
export { orgRoutes } from './orgs.routes.ts';
export { brandOf, insertOrg, orgTimeZone } from './orgs.service.ts';
export const orgsRepo = { get: orgsRepoDoor.get };
export const orgsService = { get: orgsServiceDoor.get, needsSetup: orgsServiceDoor.needsSetup };
