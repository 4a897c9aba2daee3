import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import type { Language } from '../../shared/domain.ts';
import { createApiKey } from '../access/access.service.ts';
import { seedDefaults as seedCaseDefaults } from '../cases/cases.repo.ts';
import { staff } from '../staff/staff.schema.ts';
import type { OrgUpdate } from './orgs.contract.ts';
import * as repo from './orgs.repo.ts';

export type CreateOrgInput = {
  name: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerName?: string;
  timeZone?: string;
  defaultLanguage?: Language;
};

/** Creates an organisation with its owner and an owner API key, all or nothing. */
export async function createOrg(db: Db, input: CreateOrgInput) {
  const passwordHash = await hashPassword(input.ownerPassword);
  return db.transaction(async (tx) => {
    const org = await repo.insert(tx, {
      name: input.name,
      timeZone: input.timeZone ?? 'UTC',
      defaultLanguage: input.defaultLanguage ?? 'en',
    });
    const [owner] = await tx
      .insert(staff)
      .values({
        orgId: org.id,
        name: input.ownerName ?? input.ownerEmail.split('@')[0]!,
        email: input.ownerEmail,
        role: 'owner',
        passwordHash,
      })
      .returning({ id: staff.id });
    await seedCaseDefaults(tx, org.id);
    const key = await createApiKey(tx, {
      orgId: org.id,
      role: 'owner',
      name: 'Owner key (created with the organisation)',
      staffId: owner!.id,
    });
    return { orgId: org.id, ownerId: owner!.id, apiKey: key.apiKey };
  });
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
  return toDto(row);
}

/** The organisation's name and language, for texts sent without a signed-in actor (a bot's reply). */
export async function brandOf(db: Db, orgId: string) {
  const row = await repo.get(db, orgId);
  return row ? { name: row.name, language: row.defaultLanguage } : null;
}
