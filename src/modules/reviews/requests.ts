import { and, eq } from 'drizzle-orm';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { JobContext, Jobs } from '../../platform/jobs/jobs.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import {
  isPermanentMailError,
  mailLanguage,
  sendTime,
  STALE_AFTER_DAYS,
  type ChannelRoute,
  type Dispatch,
} from '../invitations/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { reviewRequestEligibility } from './eligibility.ts';
import { reviewRequestMail, reviewRequestText } from './request-mail.ts';
import * as repo from './reviews.repo.ts';
import { reviewRequests } from './reviews.schema.ts';
import { chooseSource, ROTATION_WINDOW_DAYS } from './rotation.ts';

declare module '../../platform/jobs/jobs.ts' {
  interface JobPayloads {
    /** Interactions were created: ask their customers for a review, where eligible. */
    'review.trigger': { orgId: string; interactionIds: string[] };
    /** Mail one review request at its time; the token lives only here and as a hash in the row. */
    'review.request.send': { orgId: string; requestId: string; token: string };
  }
}

const DAY = 24 * 3600_000;

/** Called with every created batch of interactions; one job, and none when requests are off. */
export async function afterInteractionsForReviews(
  db: Db,
  jobs: Jobs,
  orgId: string,
  created: { id: string; customerId?: string | null }[],
): Promise<void> {
  const ids = created.filter((r) => r.customerId).map((r) => r.id);
  if (!ids.length) return;
  const settings = await repo.getSettings(db, orgId);
  if (settings?.requestsEnabled) await jobs.send('review.trigger', { orgId, interactionIds: ids });
}

/**
 * One request per interaction (a unique key), for every eligible customer, through the same
 * delay and quiet hours as survey invitations. What the customer answered in any survey is never
 * read here: eligibility takes contact, consent, insider and past requests only.
 */
export async function runReviewTrigger(
  ctx: Pick<JobContext, 'db' | 'pool' | 'jobs'>,
  data: { orgId: string; interactionIds: string[] },
  now = new Date(),
  route?: ChannelRoute,
): Promise<{ created: number; skipped: number }> {
  const result = { created: 0, skipped: 0 };
  const org = await orgsRepo.get(ctx.db, data.orgId);
  const settings = await repo.getSettings(ctx.db, data.orgId);
  if (!org || !settings?.requestsEnabled || !data.interactionIds.length) return result;
  const rows = await repo.requestInteractions(ctx.db, org.id, data.interactionIds);
  const people = new Map(
    (await repo.requestCandidates(ctx.db, org.id, [...new Set(rows.map((r) => r.customerId!))])).map((c) => [c.id, c]),
  );
  for (const interaction of rows) {
    const customer = people.get(interaction.customerId!);
    if (!customer) continue;
    const due = interaction.occurredAt.getTime() + settings.delayHours * 3600_000;
    if (due < now.getTime() - STALE_AFTER_DAYS * DAY) continue; // history, e.g. last year's import
    const scheduledFor = sendTime({ ...org, occurredAt: interaction.occurredAt, delayHours: settings.delayHours, now });
    const sources = interaction.locationId
      ? await repo.sourcesWithRecentCounts(
          ctx.db,
          org.id,
          interaction.locationId,
          new Date(now.getTime() - ROTATION_WINDOW_DAYS * DAY),
        )
      : [];
    const source = chooseSource(sources);
    const outcome = await inTransaction(ctx.pool, async ({ db, client, enqueueOn }) => {
      // The customer's lock: two batches cannot both see "not asked in 90 days".
      await client.query(`select pg_advisory_xact_lock(hashtext('review-request:' || $1))`, [customer.id]);
      const routed = route && (!customer.email || !customer.consentEmail) ? await route(db, org.id, customer) : null;
      const verdict = reviewRequestEligibility(
        { ...customer, otherChannel: !!routed && 'channel' in routed },
        await repo.previousRequestTimes(db, org.id, customer.id),
        scheduledFor,
      );
      const reason = !verdict.eligible ? verdict.reason : !source ? 'no_review_source' : null;
      const token = newToken();
      const created = await repo.insertRequest(db, {
        orgId: org.id,
        customerId: customer.id,
        interactionId: interaction.id,
        locationId: interaction.locationId,
        sourceId: source?.id ?? null,
        status: reason ? 'skipped' : 'scheduled',
        reason,
        language: mailLanguage(customer.language, org.defaultLanguage),
        tokenHash: sha256(token),
        scheduledFor,
      });
      if (!created) return null;
      if (reason) return 'skipped' as const;
      await ctx.jobs.send(
        'review.request.send',
        { orgId: org.id, requestId: created.id, token },
        { startAfter: scheduledFor, db: enqueueOn },
      );
      return 'created' as const;
    });
    if (outcome) result[outcome] += 1;
  }
  return result;
}

/**
 * Sends one request by the customer's channel (the messaging router: preferred, then the owner's
 * order, a refused channel falling through to the next); the row is locked for the send, so a
 * duplicate job sends it once.
 */
export async function sendReviewRequest(
  deps: { mailer: Mailer; publicUrl: string; dispatch?: Dispatch },
  ctx: Pick<JobContext, 'pool' | 'lastAttempt'>,
  data: { orgId: string; requestId: string; token: string },
): Promise<string> {
  return inTransaction(ctx.pool, async ({ db, client }) => {
    const { rows } = await client.query<{ status: string; customer_id: string }>(
      `select status, customer_id from review_requests where org_id = $1 and id = $2 for update skip locked`,
      [data.orgId, data.requestId],
    );
    const req = rows[0];
    if (!req || req.status !== 'scheduled') return 'not scheduled';
    const org = await orgsRepo.get(db, data.orgId);
    const settings = await repo.getSettings(db, data.orgId);
    const [customer] = await repo.requestCandidates(db, data.orgId, [req.customer_id]);
    const setStatus = (status: 'sent' | 'skipped' | 'bounced', reason: string | null) =>
      db
        .update(reviewRequests)
        .set({ status, reason, ...(status === 'sent' ? { sentAt: new Date() } : {}) })
        .where(and(eq(reviewRequests.orgId, data.orgId), eq(reviewRequests.id, data.requestId)));
    if (!org || !settings?.requestsEnabled || !customer || customer.insider) {
      await setStatus('skipped', !settings?.requestsEnabled ? 'requests_disabled' : 'no_consent');
      return 'skipped';
    }
    const language = mailLanguage(customer.language, org.defaultLanguage);
    const url = `${(org.publicUrl ?? deps.publicUrl).replace(/\/$/, '')}/rv/${data.token}`;
    const texts = { name: customer.name, business: org.name, url, templates: settings.requestTemplates };
    const mail = reviewRequestMail({ ...texts, to: customer.email ?? '', language, brandColor: org.brandColor });
    const sent = await (deps.dispatch ?? emailOnly)(
      db,
      { mailer: deps.mailer, lastAttempt: ctx.lastAttempt },
      {
        orgId: data.orgId,
        customer,
        subject: { kind: 'review_request', id: data.requestId },
        mail: { ...mail, orgId: data.orgId, fromName: org.name },
        chat: { text: reviewRequestText({ ...texts, language }) },
      },
    );
    if (sent.outcome === 'sent') {
      await setStatus('sent', null);
      return 'sent';
    }
    await setStatus(sent.outcome === 'skipped' ? 'skipped' : 'bounced', sent.reason.slice(0, 500));
    return sent.outcome === 'skipped' ? 'skipped' : 'bounced';
  });
}

/** Without the messaging module: email only. */
const emailOnly: Dispatch = async (_db, deps, m) => {
  if (!m.customer.email || !m.customer.consentEmail) return { outcome: 'skipped', reason: 'no_consent' };
  try {
    await deps.mailer.send(m.mail);
    return { outcome: 'sent', channel: 'email' };
  } catch (e) {
    if (!isPermanentMailError(e) && !deps.lastAttempt) throw e;
    return { outcome: 'failed', reason: e instanceof Error ? e.message : String(e) };
  }
};
