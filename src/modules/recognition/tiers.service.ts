import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import type { TierCreate, TierPreviewBody, TierUpdate } from './recognition.contract.ts';
import { loadCustomers, plan } from './tier-recalc.ts';
import type { TierRule } from './tier-rules.ts';
import * as repo from './tiers.repo.ts';

const view = (t: repo.TierRow) => toDto({ ...t, perks: t.perks ?? null });

export async function list(pool: pg.Pool, actor: Actor) {
  return { items: (await repo.list(pool, actor.orgId)).map(view), nextCursor: null };
}
export async function get(pool: pg.Pool, actor: Actor, id: string) {
  const t = await repo.get(pool, actor.orgId, id);
  if (!t) throw notFound('Tier');
  return view(t);
}

const rankConflict = () => conflict('Another tier has this rank', { rank: 'Another tier has this rank' });

/** Tiers are edited live: the change and the request to recalculate commit together. */
export async function create(pool: pg.Pool, actor: Actor, input: TierCreate) {
  const id = newId();
  await inTransaction(pool, async ({ client }) => {
    if (await repo.rankTaken(client, actor.orgId, input.rank, null)) throw rankConflict();
    await repo.insert(client, actor.orgId, id, { ...input, perks: input.perks ?? null });
    await repo.requestRecalc(client, actor.orgId);
  });
  return { row: await get(pool, actor, id), created: true };
}

export async function update(pool: pg.Pool, actor: Actor, id: string, input: TierUpdate) {
  await inTransaction(pool, async ({ client }) => {
    const t = await repo.get(client, actor.orgId, id);
    if (!t) throw notFound('Tier');
    const next = {
      name: input.name ?? t.name,
      rank: input.rank ?? t.rank,
      match: input.match ?? t.match,
      criteria: input.criteria ?? t.criteria,
      manualOnly: input.manualOnly ?? t.manualOnly,
      graceDays: input.graceDays ?? t.graceDays,
      perks: input.perks === undefined ? t.perks : input.perks,
    };
    if (!next.manualOnly && !Object.values(next.criteria).some((c) => c != null))
      throw invalid('A tier needs a criterion', {
        criteria: 'Set at least one criterion, or make the tier manual only',
      });
    if (await repo.rankTaken(client, actor.orgId, next.rank, id)) throw rankConflict();
    await repo.update(client, actor.orgId, id, next);
    await repo.requestRecalc(client, actor.orgId);
  });
  return get(pool, actor, id);
}

export async function remove(pool: pg.Pool, actor: Actor, id: string) {
  await inTransaction(pool, async ({ client }) => {
    if (!(await repo.get(client, actor.orgId, id))) throw notFound('Tier');
    if (await repo.usedByGestures(client, actor.orgId, id))
      throw conflict('Gestures use this tier', { id: 'Change or deactivate the gestures that use this tier first' });
    await repo.remove(client, actor.orgId, id, new Date());
    await repo.requestRecalc(client, actor.orgId);
  });
}

/**
 * How many customers a proposed set of tiers would move, computed by the same rules as the
 * recalculation on today's figures; nothing is stored.
 */
export async function preview(pool: pg.Pool, actor: Actor, body: TierPreviewBody, now = new Date()) {
  const current = await repo.list(pool, actor.orgId);
  const known = new Set(current.map((t) => t.id));
  const fields: Record<string, string> = {};
  const ranks = new Set<number>();
  body.tiers.forEach((t, i) => {
    if (t.id && !known.has(t.id)) fields[`tiers.${i}.id`] = 'No such tier';
    if (ranks.has(t.rank)) fields[`tiers.${i}.rank`] = 'Another tier has this rank';
    ranks.add(t.rank);
  });
  if (Object.keys(fields).length) throw invalid('The proposed tiers are not valid', fields);
  const rules: (TierRule & { name: string })[] = body.tiers.map((t) => ({
    id: t.id ?? newId(),
    name: t.name,
    rank: t.rank,
    match: t.match,
    criteria: t.criteria,
    manualOnly: t.manualOnly,
    graceDays: t.graceDays,
  }));
  const customers = await loadCustomers(pool, actor.orgId, now, null);
  const moves = plan(rules, customers, now).filter((m) => m.from.tierId !== m.to.tierId);
  const rankOf = (id: string | null) =>
    rules.find((r) => r.id === id)?.rank ?? current.find((t) => t.id === id)?.rank ?? 0;
  const nowCount = new Map<string | null, number>();
  for (const c of customers) nowCount.set(c.standing.tierId, (nowCount.get(c.standing.tierId) ?? 0) + 1);
  const after = new Map(nowCount);
  for (const m of moves) {
    after.set(m.from.tierId, (after.get(m.from.tierId) ?? 0) - 1);
    after.set(m.to.tierId, (after.get(m.to.tierId) ?? 0) + 1);
  }
  const ids = [null, ...new Set([...current.map((t) => t.id), ...rules.map((r) => r.id)])];
  return {
    customers: customers.length,
    moving: moves.length,
    up: moves.filter((m) => rankOf(m.to.tierId) > rankOf(m.from.tierId)).length,
    down: moves.filter((m) => rankOf(m.to.tierId) < rankOf(m.from.tierId)).length,
    byTier: ids.map((id) => ({
      tierId: id,
      name:
        id === null ? null : (rules.find((r) => r.id === id)?.name ?? current.find((t) => t.id === id)?.name ?? null),
      now: nowCount.get(id) ?? 0,
      after: after.get(id) ?? 0,
    })),
  };
}
