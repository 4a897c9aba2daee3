import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { JobContext, SqlExecutor } from '../../platform/jobs/jobs.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { orgsRepo } from '../orgs/index.ts';
import { surveysRepo } from '../surveys/index.ts';
import { invitationMail, mailLanguage } from './invite-email.ts';
import type { InvitationDelivery } from './invitations.jobs.ts';
import * as repo from './invitations.repo.ts';
import { outsideQuietHours, type Quiet } from './schedule.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { MESSAGING_CHANNELS, type MessagingChannel } from '../../shared/domain.ts';
import type { Messenger } from './messenger.ts';

const DAY = 24 * 3600_000;

/**
 * An SMTP answer that will not change on retry: a 5xx reply (unknown mailbox, rejected sender)
 * or an envelope nodemailer refuses. Connection failures and 4xx replies are retried by the queue.
 */
export function isPermanentMailError(e: unknown): boolean {
  const err = e as { responseCode?: unknown; code?: unknown };
  return (typeof err.responseCode === 'number' && err.responseCode >= 500) || err.code === 'EENVELOPE';
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 1000);

export type DeliveryDeps = { mailer: Mailer; publicUrl: string; messenger?: Messenger };

const MESSAGING: readonly string[] = MESSAGING_CHANNELS;

/**
 * Mails an invitation or its reminder. The invitation's row is locked for the whole send, so two
 * deliveries of one invitation (a duplicate job, a retry racing a slow first try) mail it once;
 * a crash before the commit leaves it scheduled and the queue's retry mails it.
 */
/** The place the visit was at: the customer knows "Bright Smile, Plovdiv", not just "Bright Smile". */
async function locationOfInteraction(db: Db, orgId: string, interactionId: string): Promise<string | null> {
  const { rows } = await db.execute<{ name: string }>(
    sql`select l.name from interactions i join locations l on l.org_id = i.org_id and l.id = i.location_id where i.org_id = ${orgId} and i.id = ${interactionId}`,
  );
  return rows[0]?.name ?? null;
}

export async function deliver(
  deps: DeliveryDeps,
  ctx: Pick<JobContext, 'pool' | 'jobs' | 'lastAttempt'>,
  data: InvitationDelivery,
  kind: 'invite' | 'reminder',
  now = () => new Date(),
): Promise<string> {
  return inTransaction(ctx.pool, async ({ db, enqueueOn }) => {
    const inv = await repo.lockForDelivery(db, data.orgId, data.invitationId);
    if (!inv) return 'gone or busy';
    if (kind === 'invite' && inv.status !== 'scheduled') return `already ${inv.status}`;
    if (kind === 'reminder' && (inv.status !== 'sent' || inv.openedAt || inv.answeredAt || inv.remindedAt))
      return 'no reminder needed';
    if (inv.expiresAt.getTime() <= now().getTime()) {
      await repo.setStatus(db, inv.id, 'expired');
      return 'expired';
    }
    // One connection in a transaction: queries go one after another.
    const org = await orgsRepo.get(db, inv.orgId);
    const survey = await surveysRepo.get(db, inv.orgId, inv.surveyId);
    const customer = inv.customerId ? await repo.customer(db, inv.orgId, inv.customerId) : undefined;
    const byMessage = MESSAGING.includes(inv.channel);
    const skip =
      !survey || survey.status !== 'active'
        ? 'The survey is no longer active'
        : byMessage
          ? !customer
            ? 'The customer is gone'
            : null
          : !customer?.email
            ? 'The customer has no email address'
            : !customer.consentEmail
              ? 'The customer has withdrawn consent to emails'
              : null;
    if (skip || !org || !survey || !customer || (!byMessage && !customer.email)) {
      if (kind === 'invite') await repo.setStatus(db, inv.id, 'skipped', { error: skip ?? 'Missing data' });
      return 'skipped';
    }
    const location = inv.interactionId ? await locationOfInteraction(db, inv.orgId, inv.interactionId) : null;
    const url = `${(data.baseUrl ?? deps.publicUrl).replace(/\/$/, '')}/s/${data.token}`;
    const language = mailLanguage(customer.language, org.defaultLanguage);
    const business = location ? `${org.name}, ${location}` : org.name;
    if (byMessage) {
      const sent = deps.messenger
        ? await deps.messenger(db, {
            orgId: inv.orgId,
            invitationId: inv.id,
            customerId: customer.id,
            customerName: customer.name,
            channel: inv.channel as MessagingChannel,
            survey,
            url,
            language,
            business,
            reminder: kind === 'reminder',
          })
        : ({ outcome: 'skipped', reason: 'Messaging is not available in this process' } as const);
      if (sent.outcome === 'failed' && sent.transient && !ctx.lastAttempt) throw new Error(sent.reason);
      if (sent.outcome !== 'sent') {
        const status = sent.outcome === 'skipped' ? 'skipped' : 'bounced';
        if (kind === 'invite') await repo.setStatus(db, inv.id, status, { error: sent.reason });
        return status;
      }
      return afterSent(db, ctx, enqueueOn, data, inv, survey, org, kind, now);
    }
    const mail = invitationMail({
      to: customer.email!,
      name: customer.name,
      language,
      business,
      fromName: org.name,
      brandColor: org.brandColor,
      url,
      expiresAt: inv.expiresAt,
      timeZone: org.timeZone,
      reminder: kind === 'reminder',
    });
    try {
      await deps.mailer.send({ ...mail, orgId: inv.orgId });
    } catch (e) {
      if (!isPermanentMailError(e) && !ctx.lastAttempt) throw e;
      if (kind === 'invite') await repo.setStatus(db, inv.id, 'bounced', { error: errorText(e) });
      else await repo.setStatus(db, inv.id, inv.status, { error: `Reminder failed: ${errorText(e)}` });
      return 'bounced';
    }
    return afterSent(db, ctx, enqueueOn, data, inv, survey, org, kind, now);
  });
}

/** The invitation went out (by mail or message): mark it, and plan the reminder. */
async function afterSent(
  db: Db,
  ctx: Pick<JobContext, 'jobs'>,
  enqueueOn: SqlExecutor,
  data: InvitationDelivery,
  inv: repo.InvitationRow,
  survey: { settings: unknown },
  org: Quiet,
  kind: 'invite' | 'reminder',
  now: () => Date,
): Promise<string> {
  if (kind === 'reminder') {
    await repo.setReminded(db, inv.id);
    return 'reminded';
  }
  const sentAt = now();
  await repo.setStatus(db, inv.id, 'sent', { sentAt, error: null });
  const reminderDays = (survey.settings as { reminderDays?: number }).reminderDays;
  if (reminderDays && reminderDays > 0) {
    const at = outsideQuietHours(new Date(sentAt.getTime() + reminderDays * DAY), org);
    if (at < inv.expiresAt) await ctx.jobs.send('invitation.remind', data, { startAfter: at, db: enqueueOn });
  }
  return 'sent';
}
