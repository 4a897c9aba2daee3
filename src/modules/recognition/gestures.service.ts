import type pg from 'pg';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { ownRecordsOnly } from '../../platform/auth/policy.ts';
import { newId } from '../../platform/db/ids.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { insertTasks } from './gesture-tasks.write.ts';
import * as repo from './gestures.repo.ts';
import type { GestureCreate, GestureTaskCreate, GestureTaskListQuery, GestureUpdate } from './recognition.contract.ts';

type Q = Pick<pg.PoolClient, 'query'>;
const gestureView = (g: repo.GestureRow) => toDto(g);

export async function listGestures(pool: pg.Pool, actor: Actor, q: { active?: 'true' | 'false' }) {
  const rows = await repo.listGestures(pool, actor.orgId, q.active ? q.active === 'true' : undefined);
  return { items: rows.map(gestureView), nextCursor: null };
}

/** Ids in arrays have no foreign key: each is checked here and reported at its place. */
async function checkReferences(db: Q, orgId: string, v: repo.GestureValues) {
  const fields: Record<string, string> = {};
  const tierIds = [...(v.tierIds ?? []), ...(v.triggerTierId ? [v.triggerTierId] : [])];
  const [tiers, touchpoints, staff] = await Promise.all([
    repo.existing(db, orgId, 'tiers', tierIds),
    repo.existing(db, orgId, 'touchpoints', v.touchpointIds ?? []),
    repo.existing(db, orgId, 'staff', v.assigneeStaffId ? [v.assigneeStaffId] : []),
  ]);
  v.tierIds?.forEach((id, i) => !tiers.has(id) && (fields[`tierIds.${i}`] = 'No such tier'));
  v.touchpointIds?.forEach((id, i) => !touchpoints.has(id) && (fields[`touchpointIds.${i}`] = 'No such touchpoint'));
  if (v.triggerTierId && !tiers.has(v.triggerTierId)) fields.triggerTierId = 'No such tier';
  if (v.assigneeStaffId && !staff.has(v.assigneeStaffId)) fields.assigneeStaffId = 'No such staff member';
  if (v.trigger === 'nth_visit' && !v.triggerVisit) fields.triggerVisit = 'Say which visit (n)';
  if (v.trigger === 'tier_entry' && !v.triggerTierId) fields.triggerTierId ??= 'Choose the tier';
  if (Object.keys(fields).length) throw invalid('Some fields are not valid', fields);
}

const normalise = (v: repo.GestureValues): repo.GestureValues => ({
  ...v,
  triggerVisit: v.trigger === 'nth_visit' ? v.triggerVisit : null,
  triggerTierId: v.trigger === 'tier_entry' ? v.triggerTierId : null,
});

export async function createGesture(pool: pg.Pool, actor: Actor, input: GestureCreate) {
  const v = normalise({
    ...input,
    description: input.description ?? null,
    costEstimate: input.costEstimate ?? null,
    triggerVisit: input.triggerVisit ?? null,
    triggerTierId: input.triggerTierId ?? null,
    notice: input.notice ?? null,
    assigneeStaffId: input.assigneeStaffId ?? null,
  });
  await checkReferences(pool, actor.orgId, v);
  const id = newId();
  await repo.insertGesture(pool, actor.orgId, id, v);
  return gestureView((await repo.getGesture(pool, actor.orgId, id))!);
}

export async function updateGesture(pool: pg.Pool, actor: Actor, id: string, input: GestureUpdate) {
  const g = await repo.getGesture(pool, actor.orgId, id);
  if (!g) throw notFound('Gesture');
  const { id: _id, createdAt: _c, updatedAt: _u, ...current } = g;
  const merged = { ...current };
  for (const [k, val] of Object.entries(input)) if (val !== undefined) Object.assign(merged, { [k]: val });
  const v = normalise(merged);
  await checkReferences(pool, actor.orgId, v);
  await repo.updateGesture(pool, actor.orgId, id, v);
  return gestureView((await repo.getGesture(pool, actor.orgId, id))!);
}

const taskView = (t: repo.TaskRow) => toDto(t);
const scope = (actor: Actor) => ({
  locationIds: locationScope(actor),
  ownStaffId: ownRecordsOnly(actor) ? (actor.staffId ?? '00000000-0000-0000-0000-000000000000') : null,
});

export async function listTasks(pool: pg.Pool, actor: Actor, q: GestureTaskListQuery, now = new Date()) {
  const cursor = decodeCursor(q.cursor)?.id;
  const rows = await repo.listTasks(
    pool,
    actor.orgId,
    {
      ...scope(actor),
      ...q,
      ...(cursor ? { cursor } : {}),
    },
    now,
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return { items: page.items.map(taskView), nextCursor: page.nextCursor };
}

async function taskInScope(db: Q, actor: Actor, id: string, now: Date) {
  const [t] = await repo.listTasks(db, actor.orgId, { ...scope(actor), ids: [id], limit: 1 }, now);
  if (!t) throw notFound('Gesture task');
  return t;
}

/** A gesture given by hand (the "manual" trigger, or any gesture off-schedule): its own occasion. */
export async function createTask(pool: pg.Pool, actor: Actor, input: GestureTaskCreate, now = new Date()) {
  const g = await repo.getGesture(pool, actor.orgId, input.gestureId);
  const fields: Record<string, string> = {};
  if (!g) fields.gestureId = 'No such gesture';
  const [customers, locations, staff] = await Promise.all([
    repo.existing(pool, actor.orgId, 'customers', [input.customerId]),
    repo.existing(pool, actor.orgId, 'locations', input.locationId ? [input.locationId] : []),
    repo.existing(pool, actor.orgId, 'staff', input.staffId ? [input.staffId] : []),
  ]);
  if (!customers.size) fields.customerId = 'No such customer';
  if (input.locationId && !locations.size) fields.locationId = 'No such location';
  if (input.staffId && !staff.size) fields.staffId = 'No such staff member';
  const allowed = locationScope(actor);
  if (allowed && input.locationId && !allowed.includes(input.locationId))
    fields.locationId = 'This location is outside the ones you cover';
  if (Object.keys(fields).length || !g) throw invalid('Some fields are not valid', fields);
  const id = await inTransaction(pool, async ({ client }) => {
    const occasion = `manual:${newId()}`;
    await insertTasks(client, actor.orgId, [
      {
        gestureId: g.id,
        customerId: input.customerId,
        occasion,
        locationId: input.locationId ?? allowed?.[0] ?? null,
        triggerInteractionId: null,
        staffId: input.staffId ?? g.assigneeStaffId ?? null,
        role: g.assigneeRole ?? 'staff',
        dueAt: input.dueAt ? new Date(input.dueAt) : new Date(now.getTime() + (g.dueDays ?? 30) * 86_400_000),
      },
    ]);
    const { rows } = await client.query<{ id: string }>(
      'select id from gesture_tasks where org_id = $1 and customer_id = $2 and gesture_id = $3 and occasion = $4',
      [actor.orgId, input.customerId, g.id, occasion],
    );
    return rows[0]!.id;
  });
  return taskView(await taskInScope(pool, actor, id, now));
}

const closed = () => conflict('This gesture is no longer pending', { id: 'Already delivered, skipped or expired' });

/** Delivered by a staff member at an interaction of the same customer; on time when before the due time. */
export async function deliver(
  pool: pg.Pool,
  actor: Actor,
  id: string,
  input: { staffId: string; interactionId: string },
  now = new Date(),
) {
  const t = await taskInScope(pool, actor, id, now);
  const fields: Record<string, string> = {};
  const [staff, interaction] = await Promise.all([
    repo.existing(pool, actor.orgId, 'staff', [input.staffId]),
    repo.interactionOf(pool, actor.orgId, input.interactionId),
  ]);
  if (!staff.size) fields.staffId = 'No such staff member';
  else if (ownRecordsOnly(actor) && actor.staffId !== input.staffId) fields.staffId = 'Staff mark their own deliveries';
  if (!interaction) fields.interactionId = 'No such interaction';
  else if (interaction.customer_id !== t.customerId) fields.interactionId = "This is another customer's interaction";
  if (Object.keys(fields).length) throw invalid('Some fields are not valid', fields);
  if (t.status !== 'pending') throw closed();
  if (
    !(await repo.closeTask(pool, actor.orgId, id, {
      status: 'delivered',
      deliveredBy: input.staffId,
      interactionId: input.interactionId,
      now,
    }))
  )
    throw closed();
  return taskView(await taskInScope(pool, actor, id, now));
}

export async function skip(pool: pg.Pool, actor: Actor, id: string, reason: string, now = new Date()) {
  const t = await taskInScope(pool, actor, id, now);
  if (t.status !== 'pending' || !(await repo.closeTask(pool, actor.orgId, id, { status: 'skipped', reason, now })))
    throw closed();
  return taskView(await taskInScope(pool, actor, id, now));
}
