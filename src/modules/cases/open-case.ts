import { stableEventId, emitter } from '../../platform/events.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { linkBase } from '../orgs/index.ts';
import { assignOwner, type People } from './assignment.ts';
import { dueAt } from '../../shared/business-hours.ts';
import { caseMail } from './case-emails.ts';
import * as repo from './cases.repo.ts';

export type OpenCaseInput = {
  orgId: string;
  title: string;
  source: 'audit';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  locationId: string | null;
  touchpointId: string | null;
  staffId: string | null;
  /** What opened it (kept on the "opened" event), e.g. `{auditId, itemId}`. */
  origin: Record<string, unknown>;
};

/**
 * Opens a case inside the caller's transaction, for the location's manager, due in one business
 * day: the case, its events, the owner's mail and the webhooks commit with the caller's own rows
 * or not at all. The caller keeps it to one case per cause (its own claim row).
 */
export async function openCaseInTransaction(
  tx: Tx,
  deps: { jobs: Jobs; baseUrl: string },
  input: OpenCaseInput,
): Promise<{ id: string; number: number }> {
  const { db } = tx;
  const people = await repo.people(db, input.orgId);
  const { ownerId } = assignOwner(
    { strategy: 'location_manager' },
    { locationId: input.locationId, staffId: null },
    people as People,
    null,
  );
  const calendar = await repo.calendar(db, input.orgId, input.locationId);
  const openedAt = new Date();
  const created = (await repo.insert(db, {
    orgId: input.orgId,
    title: input.title,
    source: input.source,
    priority: input.priority,
    locationId: input.locationId,
    touchpointId: input.touchpointId,
    staffId: input.staffId,
    ownerId,
    openedAt,
    dueAt: dueAt(openedAt, { amount: 1, unit: 'business_days' }, calendar),
  }))!;
  const emit = emitter(deps.jobs, webhookListeners(db));
  const announce = (type: 'case.opened' | 'case.assigned', subject: string) =>
    emit({ orgId: input.orgId, type, id: stableEventId(type, subject), payload: created }, { db: tx.enqueueOn });
  await repo.addEvent(db, { orgId: input.orgId, caseId: created.id, type: 'opened', data: input.origin });
  await announce('case.opened', created.id);
  const owner = ownerId ? people.byId.get(ownerId) : undefined;
  if (ownerId) {
    await repo.addEvent(db, {
      orgId: input.orgId,
      caseId: created.id,
      type: 'assignment',
      data: { ownerId, by: input.source },
    });
    await announce('case.assigned', `${created.id}:${ownerId}`);
  }
  if (owner?.email) {
    const info = {
      ...created,
      number: Number(created.number),
      url: `${await linkBase(db, input.orgId, deps.baseUrl)}/cases/${created.id}`,
    };
    await deps.jobs.send('mail.send', caseMail('assigned', owner, info, calendar.timeZone, input.orgId), {
      db: tx.enqueueOn,
    });
  }
  return { id: created.id, number: Number(created.number) };
}
