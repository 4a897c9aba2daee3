import { forgetCachedApiKeys } from '../modules/access/index.ts';
import { seedDefaults as seedCaseDefaults } from '../modules/cases/index.ts';
import { afterInteractionsCreated as triggerSurveys } from '../modules/invitations/index.ts';
import { afterInteractionsForReferrals } from '../modules/referrals/index.ts';
import { afterInteractionsForReviews } from '../modules/reviews/index.ts';
import { assignLessons } from '../modules/training/index.ts';
import type { Db } from '../platform/db/database.ts';
import { subscribe } from '../platform/events.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';

/**
 * Who acts on which fact (platform/events.ts). Subscribed once, when the composition root is loaded,
 * so the app, the CLI and the seeders see the same house.
 */

/**
 * The queue that interactions written through a database handle queue their follow-ups on (survey
 * invitations, review and referral asks). The app binds its own `db`; code that writes interactions
 * with no app around (the demo generator) queues nothing. Keyed by the handle, so several apps in
 * one process (tests) each use their own queue.
 */
const queues = new WeakMap<Db, Jobs>();

export function bindFollowUpQueue(db: Db, jobs: Jobs): void {
  queues.set(db, jobs);
}

subscribe('org.created', ({ db, orgId }) => seedCaseDefaults(db, orgId));

subscribe('interactions.created', async ({ db, orgId, created }) => {
  const jobs = queues.get(db);
  if (!jobs) return;
  await afterInteractionsForReviews(db, jobs, orgId, created);
  await afterInteractionsForReferrals(db, jobs, orgId, created);
  await triggerSurveys(db, jobs, orgId, created);
});

subscribe('staff.changed', async ({ db }) => forgetCachedApiKeys(db));
subscribe('org.changed', async ({ db }) => forgetCachedApiKeys(db));

subscribe('audit.submitted', ({ db, audit, failedItemIds }) => assignLessons(db, audit, failedItemIds));
