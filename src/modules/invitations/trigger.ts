import type { JobContext } from '../../platform/jobs/jobs.ts';
import { orgsRepo } from '../orgs/index.ts';
import { surveysRepo, type SurveyRow } from '../surveys/index.ts';
import { DEFAULT_TOKEN_TTL_DAYS } from './invitations.jobs.ts';
import * as repo from './invitations.repo.ts';
import type { ChannelRoute } from './messenger.ts';
import { planInvitation, STALE_AFTER_DAYS } from './schedule.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

const DAY = 24 * 3600_000;
type SurveySettingsWithReminder = SurveyRow['settings'] & { reminderDays?: number };
export type TriggerResult = { created: number; skipped: number; existing: number };

/**
 * Invites the customers of these interactions to the active surveys that trigger on their
 * touchpoint (and location). Each interaction × survey is one transaction holding the customer's
 * lock: the throttle sees every earlier invitation, and the invitation and its send job commit
 * together. A retried job finds the invitations made before and creates nothing twice.
 */
export async function runTrigger(
  ctx: Pick<JobContext, 'db' | 'pool' | 'jobs'>,
  data: { orgId: string; interactionIds: string[] },
  now = new Date(),
  route?: ChannelRoute,
): Promise<TriggerResult> {
  const result: TriggerResult = { created: 0, skipped: 0, existing: 0 };
  const org = await orgsRepo.get(ctx.db, data.orgId);
  if (!org || data.interactionIds.length === 0) return result;
  const rows = await repo.triggeringInteractions(ctx.db, org.id, data.interactionIds);
  if (rows.length === 0) return result;
  const people = await repo.customersById(ctx.db, org.id, [...new Set(rows.map((r) => r.customerId!))]);
  const surveysFor = new Map<string, Awaited<ReturnType<typeof surveysRepo.triggeredBy>>>();

  for (const interaction of rows) {
    const key = `${interaction.touchpointId}:${interaction.locationId}`;
    if (!surveysFor.has(key))
      surveysFor.set(
        key,
        (await surveysRepo.triggeredBy(ctx.db, org.id, interaction.touchpointId, interaction.locationId)).sort((a, b) =>
          a.id.localeCompare(b.id),
        ),
      );
    const customer = people.get(interaction.customerId!);
    if (!customer) continue;
    for (const survey of surveysFor.get(key)!) {
      const settings = survey.settings as SurveySettingsWithReminder;
      // History (a CSV import of last year) is skipped before taking any lock or transaction.
      if (
        interaction.occurredAt.getTime() + (settings.triggerDelayHours ?? 0) * 3600_000 <
        now.getTime() - STALE_AFTER_DAYS * DAY
      )
        continue;
      const outcome = await inTransaction(ctx.pool, async ({ db, enqueueOn }) => {
        await repo.lockCustomer(db, org.id, customer.id);
        const days = settings.throttleDays ?? org.inviteThrottleDays;
        const around = (settings.triggerDelayHours ?? 0) * 3600_000;
        const previous = await repo.dueTimesNear(
          db,
          org.id,
          customer.id,
          new Date(Math.min(interaction.occurredAt.getTime(), now.getTime()) - (days + 2) * DAY),
          new Date(Math.max(interaction.occurredAt.getTime() + around, now.getTime()) + (days + 2) * DAY),
        );
        const routed = route ? await route(db, org.id, customer) : undefined;
        const plan = planInvitation({ now, interaction, customer, route: routed, survey: settings, org, previous });
        if (plan.action === 'none') return 'none' as const;
        const { invitation, token } = await repo.create(db, {
          orgId: org.id,
          surveyId: survey.id,
          customerId: customer.id,
          interactionId: interaction.id,
          channel: routed && 'channel' in routed ? routed.channel : 'email',
          scheduledFor: plan.scheduledFor,
          ttlDays: settings.tokenTtlDays ?? DEFAULT_TOKEN_TTL_DAYS,
          status: plan.status,
          error: plan.status === 'skipped' ? plan.reason : null,
        });
        if (!token) return 'existing' as const;
        if (plan.status === 'skipped') return 'skipped' as const;
        await ctx.jobs.send(
          'invitation.send',
          { orgId: org.id, invitationId: invitation.id, token },
          { startAfter: plan.scheduledFor, db: enqueueOn },
        );
        return 'created' as const;
      });
      if (outcome !== 'none') result[outcome] += 1;
    }
  }
  return result;
}
