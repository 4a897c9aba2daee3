/** The staff module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as staffRepoDoor from './staff.repo.ts';
import * as staffServiceDoor from './staff.service.ts';
export { staffRoutes } from './staff.routes.ts';
export const staffRepo = {
  findByInvite: staffRepoDoor.findByInvite,
  get: staffRepoDoor.get,
  insert: staffRepoDoor.insert,
  setPassword: staffRepoDoor.setPassword,
};
export const staffService = {
  get: staffServiceDoor.get,
  list: staffServiceDoor.list,
  setOwnLanguage: staffServiceDoor.setOwnLanguage,
};
