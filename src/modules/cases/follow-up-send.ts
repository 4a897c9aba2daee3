import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { JobContext } from '../../platform/jobs/jobs.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { invitationsRepo, type Dispatch } from '../invitations/index.ts';
import { followUpMail } from './case-emails.ts';
import * as repo from './cases.repo.ts';

declare module '../../platform/jobs/jobs.ts' {
  interface JobPayloads {
    /** "Did we make it right?" at its time (out of quiet hours); the token lives only here and as a hash. */
    'case.follow_up.send': { orgId: string; invitationId: string; locationId: string | null; token: string };
  }
}

async function names(db: Db, orgId: string, locationId: string | null) {
  const { rows } = await db.execute<{ org: string; location: string | null; public_url: string | null }>(
    sql`select o.name as org, o.public_url, l.name as location from orgs o
          left join locations l on l.org_id = o.id and l.id = ${locationId}
         where o.id = ${orgId}`,
  );
  return rows[0];
}

/**
 * Sends the follow-up by the customer's channel through the messaging router (preferred, then
 * the owner's order, a refused channel falling through to the next). The invitation's row is
 * locked for the send, so a duplicate job sends it once.
 */
export async function sendCaseFollowUp(
  deps: { mailer: Mailer; publicUrl: string; dispatch: Dispatch },
  ctx: Pick<JobContext, 'pool' | 'lastAttempt'>,
  data: { orgId: string; invitationId: string; locationId: string | null; token: string },
): Promise<string> {
  return inTransaction(ctx.pool, async ({ db }) => {
    const inv = await invitationsRepo.lockForDelivery(db, data.orgId, data.invitationId);
    if (!inv || inv.status !== 'scheduled') return 'not scheduled';
    const customer = inv.customerId ? await repo.customer(db, data.orgId, inv.customerId) : undefined;
    const from = await names(db, data.orgId, data.locationId);
    if (!customer || !from) {
      await invitationsRepo.setStatus(db, inv.id, 'skipped', { error: 'The customer is gone' });
      return 'skipped';
    }
    const url = `${(from.public_url ?? deps.publicUrl).replace(/\/$/, '')}/s/${data.token}`;
    const mail = followUpMail({ email: customer.email ?? '', name: customer.name, language: customer.language }, url, {
      orgId: data.orgId,
      org: from.org,
      location: from.location,
    });
    const sent = await deps.dispatch(
      db,
      { mailer: deps.mailer, lastAttempt: ctx.lastAttempt },
      { orgId: data.orgId, customer, subject: { kind: 'invitation', id: inv.id }, mail, chat: { text: mail.text } },
    );
    if (sent.outcome !== 'sent') {
      await invitationsRepo.setStatus(db, inv.id, sent.outcome === 'skipped' ? 'skipped' : 'bounced', {
        error: sent.reason,
      });
      return sent.outcome;
    }
    if (sent.channel !== inv.channel) await invitationsRepo.setChannel(db, inv.id, sent.channel);
    await invitationsRepo.setStatus(db, inv.id, 'sent', { sentAt: new Date(), error: null });
    return 'sent';
  });
}
