import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { state } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import type { Language } from '../../shared/domain.ts';
import type { OrgUpdate } from './orgs.contract.ts';
import * as repo from './orgs.repo.ts';

declare module '../../platform/events.ts' {
  interface Facts {
    /** A new organisation's row exists; `db` is the creating transaction (its defaults go in with it). */
    'org.created': { db: Db; orgId: string };
    /** Settings that signed-in actors carry (the public URL) changed: cached actors are stale. */
    'org.changed': { db: Db; orgId: string };
  }
}

export type NewOrg = { name: string; timeZone?: string; defaultLanguage?: Language };

/** Inserts an organisation and states `org.created`; call it inside the transaction that creates its owner. */
export async function insertOrg(db: Db, input: NewOrg) {
  const org = await repo.insert(db, {
    name: input.name,
    timeZone: input.timeZone ?? 'UTC',
    defaultLanguage: input.defaultLanguage ?? 'en',
  });
  await state('org.created', { db, orgId: org.id });
  return org;
}

export const needsSetup = async (db: Db) => (await repo.count(db)) === 0;

export async function get(db: Db, actor: Actor) {
  const row = await repo.get(db, actor.orgId);
  if (!row) throw notFound('Organisation');
  return toDto(row);
}

export async function update(db: Db, actor: Actor, values: OrgUpdate) {
  // Nothing to change (`{}`): the organisation as it is, not an empty UPDATE.
  if (!Object.values(values).some((v) => v !== undefined)) return get(db, actor);
  const row = await repo.update(db, actor.orgId, values);
  if (!row) throw notFound('Organisation');
  if (values.publicUrl !== undefined) await state('org.changed', { db, orgId: actor.orgId });
  return toDto(row);
}

/** The organisation's own time zone, in which its days, weeks and months are counted. */
export const orgTimeZone = repo.timeZone;

/** The organisation's name and language, for texts sent without a signed-in actor (a bot's reply). */
export async function brandOf(db: Db, orgId: string) {
  const row = await repo.get(db, orgId);
  return row ? { name: row.name, language: row.defaultLanguage } : null;
}
