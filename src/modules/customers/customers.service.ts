import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type { CustomerCreate, CustomerListQuery, CustomerUpdate } from './customers.contract.ts';
import { customerSince } from './customer-since.ts';
import * as repo from './customers.repo.ts';

export async function list(db: Db, actor: Actor, q: CustomerListQuery) {
  const page = toPage(await repo.list(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, id);
  if (!row) throw notFound('Customer');
  const since = customerSince({ ...(await repo.firstContacts(db, actor.orgId, id)), createdAt: row.createdAt });
  return { ...toDto(row), since: { at: since.at.toISOString(), from: since.from } };
}

async function assertReferrer(db: Db, actor: Actor, referrerId: string | null | undefined) {
  if (referrerId && !(await repo.get(db, actor.orgId, referrerId)))
    throw invalid('Unknown referrer', { referrerId: 'No customer of this organisation has this id' });
}

export async function create(db: Db, actor: Actor, input: CustomerCreate) {
  await assertReferrer(db, actor, input.referrerId);
  const { row, created } = await repo.insert(db, actor.orgId, input);
  return { row: toDto(row), created };
}

export async function update(db: Db, actor: Actor, id: string, input: CustomerUpdate) {
  await assertReferrer(db, actor, input.referrerId);
  const row = await repo.update(db, actor.orgId, id, input);
  if (!row) throw notFound('Customer');
  return toDto(row);
}

export async function remove(db: Db, actor: Actor, id: string) {
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Customer');
}

/** Whether the organisation has this customer (a provider callback naming one, without a signed-in actor). */
export const exists = async (db: Db, orgId: string, id: string): Promise<boolean> => !!(await repo.get(db, orgId, id));
