/** The customers module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as customersRepoDoor from './customers.repo.ts';
export { createCustomersBatch } from './customers.batch.ts';
import * as customersServiceDoor from './customers.service.ts';
export { customerRoutes } from './customers.routes.ts';
export const customersService = { exists: customersServiceDoor.exists, get: customersServiceDoor.get };
export const customersRepo = { findOrInsert: customersRepoDoor.findOrInsert, get: customersRepoDoor.get };
