import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { ownRecordsOnly } from '../../platform/auth/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { state } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { parseItems, planRows, referencedIds } from './batch-plan.ts';
import type { BatchItemResult, BatchResult } from '../../platform/http/batch.ts';
import type { InteractionListQuery, InteractionUpdate } from './interactions.contract.ts';
import * as repo from './interactions.repo.ts';
import { existingReferences, unknownReferenceFields } from './references.ts';

declare module '../../platform/events.ts' {
  interface Facts {
    /** A batch of new interactions (a repeated external id is not new); surveys, review and referral asks follow. */
    'interactions.created': {
      db: Db;
      orgId: string;
      created: { id: string; customerId?: string | null; touchpointId?: string | null }[];
    };
  }
}

function scopeOf(actor: Actor): repo.InteractionScope {
  return {
    locationIds: locationScope(actor),
    staffId: ownRecordsOnly(actor) ? (actor.staffId ?? '00000000-0000-0000-0000-000000000000') : null,
  };
}

export async function list(db: Db, actor: Actor, q: InteractionListQuery) {
  const rows = await repo.list(db, actor.orgId, scopeOf(actor), q);
  const page = toPage(rows, q.limit, (r) => r.occurredAt.toISOString());
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, scopeOf(actor), id);
  if (!row) throw notFound('Interaction');
  return toDto(row);
}

/**
 * Creates up to 1,000 interactions, answering per item: bad items are reported with their field
 * errors and not stored; good ones go in one multi-row insert; a repeated external id answers
 * `existing` with the first row's id.
 */
export async function createBatch(db: Db, actor: Actor, items: unknown[]): Promise<BatchResult> {
  const parsed = parseItems(items);
  const values = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const ids = referencedIds(values);
  const [refs, byExternal] = await Promise.all([
    existingReferences(db, actor.orgId, ids),
    repo.customerIdsByExternalId(db, actor.orgId, ids.customerExternalIds),
  ]);
  const { rows, errors } = planRows(parsed, refs, byExternal, { locationIds: locationScope(actor) });
  const results: BatchItemResult[] = [...errors];

  const withIds = rows.map((r) => ({ ...r, id: newId() }));
  const inserted = await repo.insertMany(
    db,
    withIds.map(({ index: _i, ...r }) => ({ ...r, orgId: actor.orgId })),
  );
  const insertedIds = new Set(inserted.map((r) => r.id));
  await state('interactions.created', {
    db,
    orgId: actor.orgId,
    created: withIds.filter((r) => insertedIds.has(r.id)),
  });
  const skipped = withIds.filter((r) => !insertedIds.has(r.id));
  const existing = await repo.idsByExternalId(db, actor.orgId, skipped.map((r) => r.externalId!).filter(Boolean));
  for (const r of withIds) {
    if (insertedIds.has(r.id)) results.push({ index: r.index, status: 'created', id: r.id });
    else results.push({ index: r.index, status: 'existing', id: existing.get(r.externalId!) });
  }
  results.sort((a, b) => a.index - b.index);
  const count = (s: BatchItemResult['status']) => results.filter((r) => r.status === s).length;
  return { created: count('created'), existing: count('existing'), errors: count('error'), results };
}

export async function create(db: Db, actor: Actor, input: unknown) {
  const result = await createBatch(db, actor, [input]);
  const item = result.results[0]!;
  if (item.status === 'error')
    throw new AppError(
      item.error!.fields.locationId?.startsWith('You can only') ? 'forbidden' : 'invalid',
      'Invalid interaction',
      item.error!.fields,
    );
  return { row: await get(db, actor, item.id!), created: item.status === 'created' };
}

export async function update(db: Db, actor: Actor, id: string, input: InteractionUpdate) {
  await get(db, actor, id);
  const scope = locationScope(actor);
  if (scope && input.locationId !== undefined && (!input.locationId || !scope.includes(input.locationId))) {
    throw new AppError('forbidden', 'You can only record interactions at the locations you cover', {
      locationId: 'outside your locations',
    });
  }
  const fields = await unknownReferenceFields(db, actor.orgId, input);
  if (Object.keys(fields).length) throw new AppError('invalid', 'Invalid interaction', fields);
  const row = await repo.update(db, actor.orgId, id, input);
  if (!row) throw notFound('Interaction');
  return toDto(row);
}

export async function remove(db: Db, actor: Actor, id: string) {
  await get(db, actor, id);
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Interaction');
}
