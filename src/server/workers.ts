import { sendCaseFollowUp } from '../modules/cases/index.ts';
import { deliver, runTrigger } from '../modules/invitations/index.ts';
import { qualify } from '../modules/referrals/index.ts';
import { sendGestureNotice } from '../modules/recognition/index.ts';
import { runReviewTrigger, sendReviewRequest } from '../modules/reviews/index.ts';
import { webhookListeners, webhookJobHandlers } from '../modules/webhooks/index.ts';
import { dispatch, routeInvitation } from '../modules/messaging/index.ts';
import { orgMailer } from '../modules/mail-settings/index.ts';
import { emitter } from '../platform/events.ts';
import type { JobHandlers } from '../platform/jobs/jobs.ts';
import type { Mailer } from '../platform/mail/mailer.ts';

/** Links in mails made by background jobs, which have no request to take an address from. */
export const defaultPublicUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  env.ZABOTA_PUBLIC_URL || `http://localhost:${env.PORT || 3000}`;

/** What each background job does; the server and the tests start workers with this map. */
export function jobHandlers(deps: { mailer: Mailer; publicUrl?: string }): JobHandlers {
  const delivery = { mailer: deps.mailer, publicUrl: deps.publicUrl ?? defaultPublicUrl(), dispatch };
  return {
    ...webhookJobHandlers(),
    // A mail that names its organisation goes through that organisation's own SMTP server, if it has one.
    'mail.send': async (mail, ctx) => {
      await orgMailer(ctx.db, deps.mailer).send(mail);
    },
    'survey.trigger': async (data, ctx) => {
      await runTrigger(ctx, data, undefined, routeInvitation);
    },
    'invitation.send': async (data, ctx) => {
      await deliver({ ...delivery, mailer: orgMailer(ctx.db, deps.mailer) }, ctx, data, 'invite');
    },
    'invitation.remind': async (data, ctx) => {
      await deliver({ ...delivery, mailer: orgMailer(ctx.db, deps.mailer) }, ctx, data, 'reminder');
    },
    'case.follow_up.send': async (data, ctx) => {
      await sendCaseFollowUp({ ...delivery, dispatch, mailer: orgMailer(ctx.db, deps.mailer) }, ctx, data);
    },
    'review.trigger': async (data, ctx) => {
      await runReviewTrigger(ctx, data, undefined, routeInvitation);
    },
    'review.request.send': async (data, ctx) => {
      await sendReviewRequest({ ...delivery, mailer: orgMailer(ctx.db, deps.mailer) }, ctx, data);
    },
    'gesture.notice.send': async (data, ctx) => {
      await sendGestureNotice({ dispatch, mailer: orgMailer(ctx.db, deps.mailer) }, ctx, data);
    },
    'referral.qualify': async (data, ctx) => {
      await qualify({ pool: ctx.pool, emit: emitter(ctx.jobs, webhookListeners(ctx.db)) }, data);
    },
  };
}
