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
import { MESSAGING_CHANNELS, type DeliveryChannel } from '../../shared/domain.ts';
import type { Dispatch } from './messenger.ts';

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

export type DeliveryDeps = { mailer: Mailer; publicUrl: string; dispatch?: Dispatch };

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
    const skip =
      !survey || survey.status !== 'active'
        ? 'The survey is no longer active'
        : !customer
          ? 'The customer is gone'
          : !deps.dispatch && !MESSAGING.includes(inv.channel) && !(customer.email && customer.consentEmail)
            ? 'The customer has no email address or has not agreed to emails'
            : null;
    if (skip || !org || !survey || !customer) {
      if (kind === 'invite') await repo.setStatus(db, inv.id, 'skipped', { error: skip ?? 'Missing data' });
      return 'skipped';
    }
    const location = inv.interactionId ? await locationOfInteraction(db, inv.orgId, inv.interactionId) : null;
    const url = `${(org.publicUrl ?? data.baseUrl ?? deps.publicUrl).replace(/\/$/, '')}/s/${data.token}`;
    const language = mailLanguage(customer.language, org.defaultLanguage);
    const business = location ? `${org.name}, ${location}` : org.name;
    const mail = invitationMail({
      to: customer.email ?? '',
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
    const message = {
      orgId: inv.orgId,
      invitationId: inv.id,
      customerId: customer.id,
      customerName: customer.name,
      survey,
      url,
      language,
      business,
      reminder: kind === 'reminder',
    };
    const sent = await (deps.dispatch ?? emailOnly)(
      db,
      { mailer: deps.mailer, lastAttempt: ctx.lastAttempt },
      {
        orgId: inv.orgId,
        customer,
        subject: { kind: 'invitation', id: inv.id },
        first: inv.channel as DeliveryChannel,
        mail: { ...mail, orgId: inv.orgId },
        chat: { invitation: message },
      },
    );
    if (sent.outcome !== 'sent') {
      const status = sent.outcome === 'skipped' ? 'skipped' : 'bounced';
      if (kind === 'invite') await repo.setStatus(db, inv.id, status, { error: sent.reason });
      else await repo.setStatus(db, inv.id, inv.status, { error: `Reminder failed: ${sent.reason}` });
      return status;
    }
    if (sent.channel !== inv.channel) await repo.setChannel(db, inv.id, sent.channel);
    return afterSent(db, ctx, enqueueOn, data, inv, survey, org, kind, now);
  });
}

/** Without the messaging module (a bare test process): email only, refused mail marked as such. */
const emailOnly: Dispatch = async (_db, deps, m) => {
  if (!m.customer.email || !m.customer.consentEmail)
    return { outcome: 'skipped', reason: 'The customer has no email address or has not agreed to emails' };
  try {
    await deps.mailer.send(m.mail);
    return { outcome: 'sent', channel: 'email' };
  } catch (e) {
    if (!isPermanentMailError(e) && !deps.lastAttempt) throw e;
    return { outcome: 'failed', reason: errorText(e) };
  }
};

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
