import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { Jobs, JobContext } from '../../platform/jobs/jobs.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { sendTime, type Dispatch } from '../invitations/index.ts';
import { firstName, noticeText, type GestureNotice } from './gesture-notice.ts';

declare module '../../platform/jobs/jobs.ts' {
  interface JobPayloads {
    /** A gesture's notice to its customer, at its time (out of quiet hours). */
    'gesture.notice.send': { orgId: string; taskId: string };
  }
}

/**
 * Tasks whose notice is due get their send job, set after the organisation's quiet hours, in the
 * transaction that marks them queued (rows taken FOR UPDATE SKIP LOCKED): one job per task.
 */
export async function queueGestureNotices(pool: pg.Pool, jobs: Jobs, now = new Date(), batch = 200): Promise<number> {
  return inTransaction(pool, async ({ client, enqueueOn }) => {
    const { rows } = await client.query<{
      id: string;
      org_id: string;
      time_zone: string;
      quiet_hours_start: number;
      quiet_hours_end: number;
    }>(
      `select t.id, t.org_id, o.time_zone, o.quiet_hours_start, o.quiet_hours_end
       from gesture_tasks t join orgs o on o.id = t.org_id
       where t.notice_state = 'due' order by t.id limit $1 for update of t skip locked`,
      [batch],
    );
    for (const r of rows) {
      const startAfter = sendTime({
        occurredAt: now,
        delayHours: 0,
        now,
        timeZone: r.time_zone,
        quietHoursStart: r.quiet_hours_start,
        quietHoursEnd: r.quiet_hours_end,
      });
      await jobs.send('gesture.notice.send', { orgId: r.org_id, taskId: r.id }, { startAfter, db: enqueueOn });
    }
    if (rows.length)
      await client.query(`update gesture_tasks set notice_state = 'queued', updated_at = $2 where id = any($1)`, [
        rows.map((r) => r.id),
        now,
      ]);
    return rows.length;
  });
}

type Task = {
  status: string;
  notice_state: string | null;
  notice: GestureNotice | null;
  notice_only: boolean;
  customer_id: string;
  name: string | null;
  email: string | null;
  consent_email: boolean;
  language: string | null;
  business: string;
  throttle_days: number;
  throttled_by: Date | null;
};

/**
 * Sends one task's notice through the messaging router (preferred channel with consent, then the
 * owner's order). The task row is locked and its state checked, so a retried or doubled job sends
 * at most once. A notice-only gesture is delivered by the channel that carried it.
 */
export async function sendGestureNotice(
  deps: { mailer: Mailer; dispatch: Dispatch },
  ctx: Pick<JobContext, 'pool' | 'lastAttempt'>,
  data: { orgId: string; taskId: string },
  now = new Date(),
): Promise<string> {
  return inTransaction(ctx.pool, async ({ client, db }) => {
    const { rows } = await client.query<Task>(
      `select t.status, t.notice_state, g.notice, g.notice_only, t.customer_id, c.name, c.email, c.consent_email,
              c.language, o.name as business, o.invite_throttle_days as throttle_days,
              (select max(p.notice_sent_at) from gesture_tasks p where p.org_id = t.org_id and p.customer_id = t.customer_id
                 and p.id <> t.id and p.notice_sent_at > $3::timestamptz - make_interval(days => o.invite_throttle_days)) as throttled_by
       from gesture_tasks t
       join gestures g on g.org_id = t.org_id and g.id = t.gesture_id
       join customers c on c.org_id = t.org_id and c.id = t.customer_id
       join orgs o on o.id = t.org_id
       where t.org_id = $1 and t.id = $2 for update of t`,
      [data.orgId, data.taskId, now],
    );
    const task = rows[0];
    if (!task || task.notice_state !== 'queued') return 'not queued';
    const close = (state: 'sent' | 'not_sent', channel: string | null, error: string | null) =>
      client.query(
        `update gesture_tasks set notice_state = $3, notice_channel = $4, notice_error = $5, updated_at = $6,
           notice_sent_at = case when $3 = 'sent' then $6::timestamptz end,
           status = case when $7 and status = 'pending' then 'delivered' else status end,
           delivered_at = case when $7 and status = 'pending' then $6 else delivered_at end,
           closed_at = case when $7 and status = 'pending' then $6 else closed_at end
         where org_id = $1 and id = $2`,
        [data.orgId, data.taskId, state, channel, error, now, state === 'sent' && task.notice_only],
      );
    // Staff may have handed the gesture over already; a skipped or expired one is not announced.
    const open = task.status === 'pending' || task.status === 'delivered';
    const text =
      open && task.notice
        ? noticeText(task.notice, task.language, { firstName: firstName(task.name), business: task.business })
        : null;
    if (!text) {
      await close('not_sent', null, open ? 'The notice has no text' : `The task is ${task.status}`);
      return 'not sent';
    }
    // The organisation's throttle, as for invitations: at most one gesture notice per customer in the window.
    if (task.throttle_days > 0 && task.throttled_by) {
      const reason = `Throttled: a notice went on ${task.throttled_by.toISOString()} (at most one per ${task.throttle_days} days)`;
      await close('not_sent', null, reason);
      return 'throttled';
    }
    const sent = await deps.dispatch(
      db,
      { mailer: deps.mailer, lastAttempt: ctx.lastAttempt },
      {
        orgId: data.orgId,
        customer: { id: task.customer_id, email: task.email, consentEmail: task.consent_email },
        subject: { kind: 'gesture_task', id: data.taskId },
        mail: { to: task.email ?? '', subject: task.business, text, fromName: task.business, orgId: data.orgId },
        chat: { text },
      },
    );
    if (sent.outcome === 'sent') await close('sent', sent.channel, null);
    else await close('not_sent', null, sent.reason);
    return sent.outcome;
  });
}
