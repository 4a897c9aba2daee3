import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { assertLocationAllowed } from '../../platform/auth/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type pg from 'pg';
import type {
  ChecklistCreate,
  ChecklistUpdate,
  ScheduleCreate,
  ScheduleUpdate,
  StandardCreate,
  StandardUpdate,
} from './standards.contract.ts';
import { occurrences, parseRule, type Rule } from './recurrence.ts';
import * as repo from './standards.repo.ts';

export type StandardsDeps = { db: Db; pool: pg.Pool };
/**
 * Which lessons teach each standard. Lessons belong to training, which stands on standards, so the
 * composition root hands this reader in rather than standards reaching up for training's table.
 */
export type LessonIdsOf = (db: Db, orgId: string, standardIds: string[]) => Promise<Map<string, string[]>>;
export type StandardsReader = { db: Db; lessonIdsOf: LessonIdsOf };
type Table = Parameters<typeof repo.existing>[2];

/** Ids that are not the organisation's own become field errors (400), never a foreign-key 409 or a leak. */
export async function assertRefs(
  db: Db,
  orgId: string,
  refs: [field: string, table: Table, id: string | null | undefined][],
) {
  const fields: Record<string, string> = {};
  for (const [field, table, id] of refs) {
    if (!id) continue;
    if (!(await repo.existing(db, orgId, table, [id])).has(id)) fields[field] = `No such ${table.replace(/s$/, '')}`;
  }
  if (Object.keys(fields).length) throw invalid('Some references are unknown', fields);
}

async function presentStandards({ db, lessonIdsOf }: StandardsReader, orgId: string, rows: repo.StandardRow[]) {
  const lessonIds = await lessonIdsOf(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map(({ orgId: _o, ...r }) => ({ ...toDto(r), lessonIds: lessonIds.get(r.id) ?? [] }));
}

export async function listStandards(
  reader: StandardsReader,
  actor: Actor,
  q: Parameters<typeof repo.listStandards>[2],
) {
  const page = toPage(await repo.listStandards(reader.db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: await presentStandards(reader, actor.orgId, page.items), nextCursor: page.nextCursor };
}

export async function getStandard(reader: StandardsReader, actor: Actor, id: string) {
  const row = await repo.getStandard(reader.db, actor.orgId, id);
  if (!row) throw notFound('Standard');
  return (await presentStandards(reader, actor.orgId, [row]))[0]!;
}

export async function createStandard(reader: StandardsReader, actor: Actor, input: StandardCreate) {
  const { db } = reader;
  await assertRefs(db, actor.orgId, [
    ['touchpointId', 'touchpoints', input.touchpointId],
    ['locationId', 'locations', input.locationId],
  ]);
  const row = await repo.insertStandard(db, { ...input, orgId: actor.orgId });
  return { row: (await presentStandards(reader, actor.orgId, [row]))[0]!, created: true };
}

export async function updateStandard(reader: StandardsReader, actor: Actor, id: string, input: StandardUpdate) {
  const { db } = reader;
  await getStandard(reader, actor, id);
  await assertRefs(db, actor.orgId, [
    ['touchpointId', 'touchpoints', input.touchpointId],
    ['locationId', 'locations', input.locationId],
  ]);
  const wording = ['title', 'why', 'good', 'never'].some((k) => k in input && input[k as keyof StandardUpdate]);
  const row = await repo.updateStandard(db, actor.orgId, id, input, wording);
  if (!row) throw notFound('Standard');
  return (await presentStandards(reader, actor.orgId, [row]))[0]!;
}

/** Archived, not deleted: past audits keep the standard they were checked against. */
export async function archiveStandard(db: Db, actor: Actor, id: string) {
  const row = await repo.updateStandard(db, actor.orgId, id, { active: false }, false);
  if (!row) throw notFound('Standard');
}

async function presentChecklists(db: Db, orgId: string, rows: repo.ChecklistRow[]) {
  const items = await repo.itemsOf(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map(({ orgId: _o, ...r }) => ({
    ...toDto(r),
    items: items
      .filter((i) => i.checklistId === r.id)
      .map((i) => ({
        id: i.id,
        standardId: i.standardId,
        text: i.text,
        kind: i.kind,
        weight: i.weight,
        critical: i.critical,
        naAllowed: i.naAllowed,
        position: i.position,
      })),
  }));
}

export async function listChecklists(db: Db, actor: Actor, q: Parameters<typeof repo.listChecklists>[2]) {
  const page = toPage(await repo.listChecklists(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: await presentChecklists(db, actor.orgId, page.items), nextCursor: page.nextCursor };
}

export async function getChecklist(db: Db, actor: Actor, id: string) {
  const row = await repo.getChecklist(db, actor.orgId, id);
  if (!row) throw notFound('Checklist');
  return (await presentChecklists(db, actor.orgId, [row]))[0]!;
}

async function checkItemRefs(db: Db, orgId: string, items: ChecklistCreate['items']) {
  const ids = [...new Set(items.map((i) => i.standardId).filter((s): s is string => !!s))];
  const found = await repo.existing(db, orgId, 'standards', ids);
  const fields: Record<string, string> = {};
  items.forEach((i, n) => {
    if (i.standardId && !found.has(i.standardId)) fields[`items.${n}.standardId`] = 'No such standard';
  });
  if (Object.keys(fields).length) throw invalid('Some references are unknown', fields);
}

export async function createChecklist(deps: StandardsDeps, actor: Actor, input: ChecklistCreate) {
  await assertRefs(deps.db, actor.orgId, [['touchpointId', 'touchpoints', input.touchpointId]]);
  await checkItemRefs(deps.db, actor.orgId, input.items);
  const { items, ...rest } = input;
  const row = await inTransaction(deps.pool, async ({ db }) => {
    const c = await repo.insertChecklist(db, { ...rest, orgId: actor.orgId });
    await repo.replaceItems(
      db,
      actor.orgId,
      c.id,
      items.map(({ id: _id, ...i }) => i),
    );
    return c;
  });
  return { row: await getChecklist(deps.db, actor, row.id), created: true };
}

export async function updateChecklist(deps: StandardsDeps, actor: Actor, id: string, input: ChecklistUpdate) {
  await getChecklist(deps.db, actor, id);
  await assertRefs(deps.db, actor.orgId, [['touchpointId', 'touchpoints', input.touchpointId]]);
  if (input.items) await checkItemRefs(deps.db, actor.orgId, input.items);
  const { items, ...rest } = input;
  await inTransaction(deps.pool, async ({ db }) => {
    await repo.updateChecklist(db, actor.orgId, id, rest);
    if (items) await repo.replaceItems(db, actor.orgId, id, items);
  });
  return getChecklist(deps.db, actor, id);
}

export async function archiveChecklist(db: Db, actor: Actor, id: string) {
  const row = await repo.updateChecklist(db, actor.orgId, id, { active: false });
  if (!row) throw notFound('Checklist');
}

const today = () => new Date().toISOString().slice(0, 10);
function presentSchedule({ orgId: _o, ...s }: repo.ScheduleRow) {
  const rule = parseRule(s.rrule) as Rule;
  return { ...toDto(s), next: s.active ? occurrences(rule, s.startsOn, today(), 5) : [] };
}

async function loadSchedule(db: Db, actor: Actor, id: string) {
  const row = await repo.getSchedule(db, actor.orgId, id);
  const scope = locationScope(actor);
  if (!row || (scope && !scope.includes(row.locationId))) throw notFound('Audit schedule');
  return row;
}

export async function listSchedules(db: Db, actor: Actor, q: { cursor?: string; limit: number }) {
  const page = toPage(await repo.listSchedules(db, actor.orgId, q, locationScope(actor)), q.limit, (r) => r.id);
  return { items: page.items.map(presentSchedule), nextCursor: page.nextCursor };
}

export async function getSchedule(db: Db, actor: Actor, id: string) {
  return presentSchedule(await loadSchedule(db, actor, id));
}

export async function createSchedule(db: Db, actor: Actor, input: ScheduleCreate) {
  await assertRefs(db, actor.orgId, [
    ['checklistId', 'checklists', input.checklistId],
    ['locationId', 'locations', input.locationId],
    ['touchpointId', 'touchpoints', input.touchpointId],
    ['assigneeId', 'staff', input.assigneeId],
  ]);
  assertLocationAllowed(actor, input.locationId, locationScope(actor));
  return { row: presentSchedule(await repo.insertSchedule(db, { ...input, orgId: actor.orgId })), created: true };
}

export async function updateSchedule(db: Db, actor: Actor, id: string, input: ScheduleUpdate) {
  await loadSchedule(db, actor, id);
  await assertRefs(db, actor.orgId, [
    ['checklistId', 'checklists', input.checklistId],
    ['locationId', 'locations', input.locationId],
    ['touchpointId', 'touchpoints', input.touchpointId],
    ['assigneeId', 'staff', input.assigneeId],
  ]);
  if (input.locationId) assertLocationAllowed(actor, input.locationId, locationScope(actor));
  const row = await repo.updateSchedule(db, actor.orgId, id, input);
  if (!row) throw notFound('Audit schedule');
  return presentSchedule(row);
}

export async function removeSchedule(db: Db, actor: Actor, id: string) {
  await loadSchedule(db, actor, id);
  await repo.deleteSchedule(db, actor.orgId, id);
}

export async function listNotices(db: Db, actor: Actor) {
  const rows = await repo.listNotices(db, actor.orgId);
  return { items: rows.map(({ orgId: _o, ...r }) => toDto(r)), nextCursor: null };
}

export async function publishNotice(db: Db, actor: Actor, body: Record<string, string>) {
  const { orgId: _o, ...row } = await repo.publishNotice(db, actor.orgId, body);
  return toDto(row);
}
