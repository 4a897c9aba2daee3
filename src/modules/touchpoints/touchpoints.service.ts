import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type { TouchpointCreate, TouchpointListQuery, TouchpointUpdate } from './touchpoints.contract.ts';
import * as repo from './touchpoints.repo.ts';

export async function list(db: Db, actor: Actor, q: TouchpointListQuery) {
  const page = toPage(await repo.list(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, id);
  if (!row) throw notFound('Touchpoint');
  return toDto(row);
}

export async function create(db: Db, actor: Actor, input: TouchpointCreate) {
  const { row, created } = await repo.insert(db, actor.orgId, input);
  return { row: toDto(row), created };
}

export async function update(db: Db, actor: Actor, id: string, input: TouchpointUpdate) {
  const row = await repo.update(db, actor.orgId, id, input);
  if (!row) throw notFound('Touchpoint');
  return toDto(row);
}

export async function remove(db: Db, actor: Actor, id: string) {
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Touchpoint');
}
