import type { Db } from '../../platform/db/database.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import './invitations.jobs.ts';
import * as repo from './invitations.repo.ts';

/**
 * Called once per created batch of interactions (src/server/subscribers.ts): one job for the whole batch, and none at all when
 * the organisation has no survey that triggers on a touchpoint (imports stay as fast as before).
 */
export async function afterInteractionsCreated(
  db: Db,
  jobs: Jobs,
  orgId: string,
  created: { id: string; customerId?: string | null; touchpointId?: string | null }[],
): Promise<void> {
  const ids = created.filter((r) => r.customerId && r.touchpointId).map((r) => r.id);
  if (ids.length === 0) return;
  if (await repo.anySurveyTriggers(db, orgId)) await jobs.send('survey.trigger', { orgId, interactionIds: ids });
}
