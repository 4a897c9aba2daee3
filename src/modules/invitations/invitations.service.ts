import type pg from 'pg';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { assertLocationAllowed } from '../../platform/auth/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { customersRepo } from '../customers/index.ts';
import { interactionsRepo } from '../interactions/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { surveysRepo } from '../surveys/index.ts';
import type { InvitationCreate, InvitationListQuery } from './invitations.contract.ts';
import { DEFAULT_TOKEN_TTL_DAYS } from './invitations.jobs.ts';
import * as repo from './invitations.repo.ts';
import { outsideQuietHours, throttledBy } from './schedule.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

const DAY = 24 * 3600_000;
export type InvitationDeps = { db: Db; pool: pg.Pool; jobs: Jobs };

/** A survey of the caller's organisation that a manager limited to some locations may use. */
async function surveyFor(db: Db, actor: Actor, id: string) {
  const survey = await surveysRepo.get(db, actor.orgId, id);
  if (!survey) throw notFound('Survey');
  if (survey.locationId) assertLocationAllowed(actor, survey.locationId, locationScope(actor));
  return survey;
}

export async function list(db: Db, actor: Actor, q: InvitationListQuery) {
  const page = toPage(await repo.list(db, actor.orgId, locationScope(actor), q), q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.getVisible(db, actor.orgId, locationScope(actor), id);
  if (!row) throw notFound('Invitation');
  return toDto(row);
}

export async function stats(db: Db, actor: Actor, surveyId: string) {
  await surveyFor(db, actor, surveyId);
  const { counts, delivered } = await repo.countsByStatus(db, actor.orgId, locationScope(actor), surveyId);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const rate = (n: number) => (delivered ? Math.round((n / delivered) * 10_000) / 10_000 : null);
  return {
    surveyId,
    total,
    byStatus: counts,
    delivered,
    openRate: rate(counts.opened + counts.answered),
    responseRate: rate(counts.answered),
  };
}

/**
 * A personal invitation made by an integrator or the dashboard. Email and messages go through the
 * same rules as the trigger (consent, quiet hours, throttle) and are sent by the queue; a link or API
 * invitation is handed over at once, so it counts as sent now.
 */
export async function create(
  deps: InvitationDeps,
  actor: Actor,
  input: InvitationCreate,
  baseUrl: string,
  now = new Date(),
) {
  const { db } = deps;
  const survey = await surveyFor(db, actor, input.surveyId);
  if (survey.status === 'closed') throw invalid('The survey is closed', { surveyId: 'closed surveys take no answers' });
  const customer = await customersRepo.get(db, actor.orgId, input.customerId);
  if (!customer) throw invalid('Unknown customer', { customerId: 'Not a customer of this organisation' });
  if (input.interactionId) {
    const interaction = await interactionsRepo.get(
      db,
      actor.orgId,
      { locationIds: null, staffId: null },
      input.interactionId,
    );
    if (!interaction)
      throw invalid('Unknown interaction', { interactionId: 'Not an interaction of this organisation' });
    if (interaction.customerId && interaction.customerId !== customer.id)
      throw invalid('The interaction is with another customer', { interactionId: 'belongs to another customer' });
    if (interaction.locationId) assertLocationAllowed(actor, interaction.locationId, locationScope(actor));
  }
  const org = (await orgsRepo.get(db, actor.orgId))!;
  const ttlDays = survey.settings.tokenTtlDays ?? DEFAULT_TOKEN_TTL_DAYS;

  const { invitation, token } = await inTransaction(deps.pool, async ({ db: tx, enqueueOn }) => {
    const base = {
      orgId: actor.orgId,
      surveyId: survey.id,
      customerId: customer.id,
      interactionId: input.interactionId ?? null,
      ttlDays,
    };
    if (input.channel === 'link' || input.channel === 'api') {
      return repo.create(tx, { ...base, channel: input.channel, scheduledFor: now, status: 'sent', sentAt: now });
    }
    await repo.lockCustomer(tx, actor.orgId, customer.id);
    const requested = input.sendAt ? new Date(Math.max(new Date(input.sendAt).getTime(), now.getTime())) : now;
    const scheduledFor = outsideQuietHours(requested, org);
    const days = survey.settings.throttleDays ?? org.inviteThrottleDays;
    const previous = await repo.dueTimesNear(
      tx,
      actor.orgId,
      customer.id,
      new Date(scheduledFor.getTime() - days * DAY),
      new Date(scheduledFor.getTime() + days * DAY),
    );
    const blocker = throttledBy(previous, scheduledFor, days);
    // A messenger's address and consent are checked when it is sent (see delivery.ts).
    const byEmail = input.channel === 'email';
    const reason =
      byEmail && !customer.email
        ? 'The customer has no email address'
        : byEmail && !customer.consentEmail
          ? 'The customer has not agreed to receive emails'
          : blocker
            ? `Throttled: already invited for ${blocker.toISOString()} (at most one invitation per ${days} days)`
            : null;
    const made = await repo.create(tx, {
      ...base,
      channel: input.channel,
      scheduledFor,
      status: reason ? 'skipped' : 'scheduled',
      error: reason,
    });
    if (made.token && !reason) {
      await deps.jobs.send(
        'invitation.send',
        { orgId: actor.orgId, invitationId: made.invitation.id, token: made.token, baseUrl },
        { startAfter: scheduledFor, db: enqueueOn },
      );
    }
    return made;
  });
  const view = await repo.getVisible(db, actor.orgId, null, invitation.id);
  return { row: { ...toDto(view!), url: token ? `${baseUrl}/s/${token}` : null }, created: token !== null };
}

/** An invitation answered inside a chat (Telegram buttons) rather than on the respondent page. */
export async function markAnsweredInChat(db: Db, orgId: string, id: string): Promise<void> {
  const row = await repo.get(db, orgId, id);
  if (row) await repo.markAnswered(db, row.id);
}

/** The invitation a message was about, to check it still takes an answer. */
export const invitationRow = (db: Db, orgId: string, id: string) => repo.get(db, orgId, id);
