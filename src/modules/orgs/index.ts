/** The orgs module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import type { Db } from '../../platform/db/database.ts';
import * as orgsRepoDoor from './orgs.repo.ts';
import * as orgsServiceDoor from './orgs.service.ts';
export { orgRoutes } from './orgs.routes.ts';
export { brandOf, insertOrg, orgTimeZone } from './orgs.service.ts';
export const orgsRepo = { get: orgsRepoDoor.get, publicUrl: orgsRepoDoor.publicUrl };

/** Where a link a background job makes points: the organisation's own public URL, else the server's. */
export const linkBase = async (db: Db, orgId: string, fallback: string): Promise<string> =>
  ((await orgsRepoDoor.publicUrl(db, orgId)) ?? fallback).replace(/\/$/, '');
export const orgsService = { get: orgsServiceDoor.get, needsSetup: orgsServiceDoor.needsSetup };
