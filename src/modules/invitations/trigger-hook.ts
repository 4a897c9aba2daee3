import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import { afterInteractionsForReferrals } from '../referrals/referrals.service.ts';
import { afterInteractionsForReviews } from '../reviews/requests.ts';
import './invitations.jobs.ts';

/**
 * The queue that interactions written through a database handle should trigger surveys on. The
 * app binds its own `db` when it registers the invitation routes; code that writes interactions
 * with no app around (the demo generator, CLI imports into a stopped server) triggers nothing.
 * Keyed by the handle, so several apps in one process (tests) each use their own queue.
 */
const queues = new WeakMap<Db, Jobs>();

export function bindTriggerQueue(db: Db, jobs: Jobs): void {
  queues.set(db, jobs);
}

/**
 * Called once per created batch of interactions: one job for the whole batch, and none at all when
 * the organisation has no survey that triggers on a touchpoint (imports stay as fast as before).
 */
export async function afterInteractionsCreated(
  db: Db,
  orgId: string,
  created: { id: string; customerId?: string | null; touchpointId?: string | null }[],
): Promise<void> {
  const jobs = queues.get(db);
  if (jobs) {
    await afterInteractionsForReviews(db, jobs, orgId, created);
    await afterInteractionsForReferrals(db, jobs, orgId, created);
  }
  const ids = created.filter((r) => r.customerId && r.touchpointId).map((r) => r.id);
  if (!jobs || ids.length === 0) return;
  const [any] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.status, 'active'), sql`cardinality(${surveys.touchpointIds}) > 0`))
    .limit(1);
  if (any) await jobs.send('survey.trigger', { orgId, interactionIds: ids });
}
