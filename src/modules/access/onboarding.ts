import { hashPassword } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Language } from '../../shared/domain.ts';
import { insertOrg } from '../orgs/index.ts';
import { staffRepo } from '../staff/index.ts';
import { createApiKey } from './access.service.ts';

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
    const org = await insertOrg(tx, {
      name: input.name,
      timeZone: input.timeZone,
      defaultLanguage: input.defaultLanguage,
    });
    const owner = await staffRepo.insert(tx, {
      orgId: org.id,
      name: input.ownerName ?? input.ownerEmail.split('@')[0]!,
      email: input.ownerEmail,
      role: 'owner',
      passwordHash,
    });
    const key = await createApiKey(tx, {
      orgId: org.id,
      role: 'owner',
      name: 'Owner key (created with the organisation)',
      staffId: owner.id,
    });
    return { orgId: org.id, ownerId: owner.id, apiKey: key.apiKey };
  });
}
