import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type { LocationCreate, LocationListQuery, LocationUpdate } from './locations.contract.ts';
import * as repo from './locations.repo.ts';

export async function list(db: Db, actor: Actor, q: LocationListQuery) {
  const rows = await repo.list(db, actor.orgId, locationScope(actor), q);
  const page = toPage(rows, q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const scope = locationScope(actor);
  const row = scope && !scope.includes(id) ? undefined : await repo.get(db, actor.orgId, id);
  if (!row) throw notFound('Location');
  return toDto(row);
}

export async function create(db: Db, actor: Actor, input: LocationCreate) {
  const { row, created } = await repo.insert(db, actor.orgId, input);
  return { row: toDto(row), created };
}

export async function update(db: Db, actor: Actor, id: string, input: LocationUpdate) {
  const row = await repo.update(db, actor.orgId, id, input);
  if (!row) throw notFound('Location');
  return toDto(row);
}

export async function remove(db: Db, actor: Actor, id: string) {
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Location');
}
