import { sql } from 'drizzle-orm';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { stableEventId, type Emit } from '../../platform/events.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { invitationsRepo, sendTime } from '../invitations/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { unknownReferenceFields } from '../interactions/index.ts';
import { surveysRepo } from '../surveys/index.ts';
import { assignOwner, type People } from './assignment.ts';
import { dueAt as computeDue } from '../../shared/business-hours.ts';
import { caseMail } from './case-emails.ts';
import type { CaseCreate, CaseEventCreate, CaseListQuery, CasePatch } from './cases.contract.ts';
import * as repo from './cases.repo.ts';
import { OPEN_STATUSES } from './cases.schema.ts';
import { FOLLOW_UP_SURVEY } from './follow-up-survey.ts';

export type CaseDeps = { db: Db; jobs: Jobs; emit?: Emit };

async function announce(deps: CaseDeps, type: 'case.opened' | 'case.assigned' | 'case.resolved', c: repo.CaseRow) {
  const { dueSoonNotifiedAt: _d, followUpInvitationId: _f, ...payload } = c;
  const subject =
    type === 'case.assigned'
      ? `${c.id}:${c.ownerId}`
      : type === 'case.resolved'
        ? `${c.id}:${c.resolvedAt?.toISOString()}`
        : c.id;
  await deps.emit?.({ orgId: c.orgId, type, id: stableEventId(type, subject), payload });
}

export function scopeOf(actor: Actor): repo.CaseScope {
  if (actor.role === 'staff') return { selfId: actor.staffId ?? '00000000-0000-0000-0000-000000000000' };
  const locs = locationScope(actor);
  return locs === null ? { all: true } : { locationIds: locs, selfId: actor.staffId };
}

const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);

function present(row: NonNullable<Awaited<ReturnType<typeof repo.get>>>) {
  const c = row.case;
  const { orgId: _o, dueSoonNotifiedAt: _d, followUpInvitationId: _f, ...rest } = c;
  return {
    ...toDto(rest),
    overdue: isOpen(c.status) && c.dueAt.getTime() <= Date.now(),
    customerName: row.customerName,
    locationName: row.locationName,
    ownerName: row.ownerName,
  };
}

export async function list({ db }: CaseDeps, actor: Actor, q: CaseListQuery) {
  const rows = await repo.list(db, actor.orgId, scopeOf(actor), actor.staffId, q);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.case.id })),
    q.limit,
    (r) => (repo.listSort(q) === 'newest' ? r.case.openedAt : r.case.dueAt).toISOString(),
  );
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

async function load(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, scopeOf(actor), id);
  if (!row) throw notFound('Case');
  return row;
}

export async function get({ db }: CaseDeps, actor: Actor, id: string) {
  const row = await load(db, actor, id);
  const events = await repo.events(db, actor.orgId, id);
  return { ...present(row), events: events.map(toDto) };
}

async function notifyOwner(
  deps: CaseDeps,
  orgId: string,
  ownerId: string | null,
  c: { id: string; number: number; title: string; priority: string; dueAt: Date; locationId: string | null },
  baseUrl: string,
) {
  if (!ownerId) return;
  const people = await repo.people(deps.db, orgId);
  const person = people.byId.get(ownerId);
  if (!person) return;
  const cal = await repo.calendar(deps.db, orgId, c.locationId);
  await deps.jobs.send(
    'mail.send',
    caseMail('assigned', person, { ...c, url: `${baseUrl}/cases/${c.id}` }, cal.timeZone, orgId),
  );
}

async function assertOwner(db: Db, orgId: string, ownerId: string) {
  const people = await repo.people(db, orgId);
  if (!people.active.has(ownerId))
    throw invalid('Unknown owner', { ownerId: 'Not an active staff member of this organisation' });
}

/** A case opened by hand: a phone call, a review, a front-line report. */
export async function create(deps: CaseDeps, actor: Actor, input: CaseCreate, baseUrl: string) {
  const { db } = deps;
  const fields = await unknownReferenceFields(db, actor.orgId, input);
  if (Object.keys(fields).length) throw invalid('The case is invalid', fields);
  const scope = locationScope(actor);
  if (scope && actor.role === 'manager' && (!input.locationId || !scope.includes(input.locationId))) {
    throw new AppError('forbidden', 'You can only open cases at the locations you cover', {
      locationId: 'outside your locations',
    });
  }
  if (input.ownerId) await assertOwner(db, actor.orgId, input.ownerId);
  const people = await repo.people(db, actor.orgId);
  const ownerId =
    input.ownerId ??
    assignOwner(
      { strategy: 'location_manager' },
      { locationId: input.locationId ?? null, staffId: null },
      people as People,
      null,
    ).ownerId;
  const openedAt = new Date();
  const due = input.dueAt
    ? new Date(input.dueAt)
    : computeDue(
        openedAt,
        { amount: 1, unit: 'business_days' },
        await repo.calendar(db, actor.orgId, input.locationId ?? null),
      );
  const created = await repo.insert(db, {
    orgId: actor.orgId,
    title: input.title,
    source: input.source,
    priority: input.priority,
    customerId: input.customerId ?? null,
    locationId: input.locationId ?? null,
    touchpointId: input.touchpointId ?? null,
    staffId: input.staffId ?? null,
    ownerId,
    openedAt,
    dueAt: due,
  });
  await repo.addEvent(db, {
    orgId: actor.orgId,
    caseId: created!.id,
    type: 'opened',
    actorId: actor.staffId,
    data: { source: input.source },
  });
  await announce(deps, 'case.opened', created!);
  if (input.note)
    await repo.addEvent(db, {
      orgId: actor.orgId,
      caseId: created!.id,
      type: 'note',
      actorId: actor.staffId,
      data: { body: input.note },
    });
  if (ownerId) {
    await repo.addEvent(db, {
      orgId: actor.orgId,
      caseId: created!.id,
      type: 'assignment',
      actorId: actor.staffId,
      data: { ownerId },
    });
    await announce(deps, 'case.assigned', created!);
    if (ownerId !== actor.staffId) await notifyOwner(deps, actor.orgId, ownerId, created!, baseUrl);
  }
  return { row: await get(deps, actor, created!.id), created: true };
}

/** The organisation's "did we make it right?" survey, created the first time it is needed. */
async function followUpSurvey(db: Db, orgId: string): Promise<repo.FollowUpSurveyRow> {
  const existing = await repo.followUpSurvey(db, orgId);
  if (existing) return existing;
  await surveysRepo.insert(db, { ...FOLLOW_UP_SURVEY, orgId, slug: `fu-${crypto.randomUUID().slice(0, 12)}` });
  return (await followUpSurvey(db, orgId))!;
}

/**
 * Plans "did we make it right?": the invitation now, the send out of quiet hours by the job, which
 * routes it by the customer's channel. A customer with no address at all is not asked.
 */
async function sendFollowUp(deps: CaseDeps, actor: Actor, c: repo.CaseRow): Promise<string | null> {
  if (!c.customerId) return null;
  const customer = await repo.customer(deps.db, actor.orgId, c.customerId);
  if (!customer) return null;
  const org = await orgsRepo.get(deps.db, actor.orgId);
  const survey = await followUpSurvey(deps.db, actor.orgId);
  const now = new Date();
  const scheduledFor = sendTime({ ...org!, occurredAt: now, delayHours: 0, now });
  const { invitation, token } = await invitationsRepo.create(deps.db, {
    orgId: actor.orgId,
    surveyId: survey.id,
    customerId: customer.id,
    interactionId: null,
    channel: 'email',
    scheduledFor,
    ttlDays: 14,
  });
  if (!token) return invitation.id;
  await deps.jobs.send(
    'case.follow_up.send',
    { orgId: actor.orgId, invitationId: invitation.id, locationId: c.locationId, token },
    // Only a real wait (quiet hours) delays the job: "now" is the queue's own clock, not this process's.
    scheduledFor > now ? { startAfter: scheduledFor } : {},
  );
  return invitation.id;
}

type Change = {
  status?: CasePatch['status'];
  ownerId?: string;
  priority?: CasePatch['priority'];
  title?: string;
  dueAt?: string;
  rootCauseId?: string | null;
  resolution?: string | null;
  sendFollowUp?: boolean;
};

/** Applies a change a person made, records it on the timeline, and counts it as the first action. */
async function applyChange(
  deps: CaseDeps,
  actor: Actor,
  id: string,
  change: Change,
  baseUrl: string,
  extraEvents: { type: 'note' | 'contact'; data: Record<string, unknown> }[] = [],
) {
  const { db } = deps;
  const current = (await load(db, actor, id)).case;
  const values: Partial<repo.CaseRow> = {};
  const events: { type: 'status' | 'assignment' | 'note' | 'contact' | 'follow_up'; data: Record<string, unknown> }[] =
    [...extraEvents];
  const fields: Record<string, string> = {};

  if (change.rootCauseId) {
    const { rowCount } = await db.execute(
      sql`select 1 from root_causes where org_id = ${actor.orgId} and id = ${change.rootCauseId}`,
    );
    if (!rowCount) fields.rootCauseId = 'Unknown root cause';
  }
  if (change.status && change.status !== current.status) {
    const closing = change.status === 'resolved' || change.status === 'closed_no_contact';
    if (!isOpen(current.status) && !isOpen(change.status)) fields.status = 'The case is closed; reopen it first';
    if (change.status === 'resolved') {
      if (!(change.rootCauseId ?? current.rootCauseId)) fields.rootCauseId = 'Give the root cause when resolving';
      if (!(change.resolution ?? current.resolution)) fields.resolution = 'Say what was done when resolving';
    }
    values.status = change.status;
    values.resolvedAt = closing ? new Date() : null;
    events.push({ type: 'status', data: { from: current.status, to: change.status } });
  }
  if (Object.keys(fields).length) throw invalid('The change is invalid', fields);
  if (change.ownerId && change.ownerId !== current.ownerId) {
    await assertOwner(db, actor.orgId, change.ownerId);
    values.ownerId = change.ownerId;
    events.push({ type: 'assignment', data: { from: current.ownerId, ownerId: change.ownerId } });
  }
  if (change.priority) values.priority = change.priority;
  if (change.title) values.title = change.title;
  if (change.dueAt) values.dueAt = new Date(change.dueAt);
  if (change.rootCauseId !== undefined) values.rootCauseId = change.rootCauseId;
  if (change.resolution !== undefined) values.resolution = change.resolution;
  if (!current.firstActionAt && (events.length || Object.keys(values).length)) values.firstActionAt = new Date();

  const updated = await repo.update(db, actor.orgId, id, values);
  for (const e of events)
    await repo.addEvent(db, { orgId: actor.orgId, caseId: id, type: e.type, actorId: actor.staffId, data: e.data });
  if (values.ownerId && values.ownerId !== actor.staffId)
    await notifyOwner(deps, actor.orgId, values.ownerId, updated!, baseUrl);
  if (values.ownerId) await announce(deps, 'case.assigned', updated!);
  if (values.status === 'resolved') await announce(deps, 'case.resolved', updated!);
  if (values.status === 'resolved' && change.sendFollowUp) {
    const invitationId = await sendFollowUp(deps, actor, updated!);
    if (invitationId) {
      await repo.update(db, actor.orgId, id, { followUpInvitationId: invitationId });
      await repo.addEvent(db, {
        orgId: actor.orgId,
        caseId: id,
        type: 'follow_up',
        actorId: actor.staffId,
        data: { sent: true },
      });
    }
  }
  return get(deps, actor, id);
}

export const patch = (deps: CaseDeps, actor: Actor, id: string, input: CasePatch, baseUrl: string) =>
  applyChange(deps, actor, id, input, baseUrl);

/** Timeline entries: a note, a logged contact (called, wrote, met), a status change or a reassignment. */
export async function addEvent(deps: CaseDeps, actor: Actor, id: string, e: CaseEventCreate, baseUrl: string) {
  switch (e.type) {
    case 'note':
      return applyChange(deps, actor, id, {}, baseUrl, [{ type: 'note', data: { body: e.body } }]);
    case 'contact':
      return applyChange(deps, actor, id, {}, baseUrl, [
        { type: 'contact', data: { method: e.method, outcome: e.outcome ?? null, reached: e.reached } },
      ]);
    case 'status':
      return applyChange(
        deps,
        actor,
        id,
        { status: e.status, rootCauseId: e.rootCauseId, resolution: e.resolution, sendFollowUp: e.sendFollowUp },
        baseUrl,
      );
    case 'assignment':
      return applyChange(deps, actor, id, { ownerId: e.ownerId }, baseUrl);
  }
}

/** A message to or from the customer on a messenger, on the case's timeline (modules/messaging). */
export async function recordMessage(
  db: Db,
  orgId: string,
  caseId: string,
  m: { direction: 'in' | 'out'; channel: string; text: string; messageId: string; actorId?: string | null },
) {
  await repo.addEvent(db, {
    orgId,
    caseId,
    type: 'message',
    actorId: m.actorId ?? null,
    data: { direction: m.direction, channel: m.channel, text: m.text, messageId: m.messageId },
  });
}
