import type pg from 'pg';
import { startDigests, startRebuilds, startRollups, startSegmentRollups } from '../modules/analytics/index.ts';
import { startCaseEngine } from '../modules/cases/index.ts';
import { startRecoveryEngine } from '../modules/reviews/index.ts';
import { sweepReferrals } from '../modules/referrals/index.ts';
import { pollGoogle } from '../modules/reviews/index.ts';
import { startConnectorSweep } from '../modules/connectors/index.ts';
import { queueGestureNotices, startRecognition } from '../modules/recognition/index.ts';
import { startSweeper } from '../platform/jobs/sweeper.ts';
import { startPurchaseRollups, startRfmRollups, startSegmentRefresh } from '../modules/retention/index.ts';
import { startPulseCadence } from '../modules/pulse/index.ts';
import { startTextLabelling } from '../modules/text/index.ts';
import { webhookListeners } from '../modules/webhooks/index.ts';
import { startAuditSchedules } from '../modules/standards/index.ts';
import { startRefreshers } from '../modules/training/index.ts';
import type { Db } from '../platform/db/database.ts';
import { emitter } from '../platform/events.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';

/**
 * The server's background work beside the HTTP routes: the sweepers that fold new responses into
 * rollups, open cases, label comments, keep segments and send digests. One place, so the server
 * and the benchmarks (which must measure ingestion with this work running) start the same set.
 */
export function startBackground(
  deps: { db: Db; pool: pg.Pool; jobs: Jobs; baseUrl: () => string },
  log: (what: string, e: unknown) => void = () => {},
) {
  const { pool, jobs, baseUrl } = deps;
  const on = (what: string) => ({ onError: (e: unknown) => log(what, e) });
  const sweepers = [
    startRollups(pool, on('rollups')),
    startCaseEngine({ pool, jobs, baseUrl, emit: emitter(jobs, webhookListeners(deps.db)) }, on('case engine')),
    startTextLabelling(pool, on('text labelling')),
    startDigests({ pool, jobs, baseUrl }, on('weekly digest')),
    startPurchaseRollups(pool, on('purchase rollups')),
    startSegmentRefresh(pool, on('customer segments')),
    startSegmentRollups(pool, on('segment rollups')),
    startRfmRollups(pool, on('RFM rollup')),
    startPulseCadence({ db: deps.db, pool, jobs, baseUrl }, on('pulse cadence')),
    startRebuilds(pool, on('analytics rebuilds')),
    startRecoveryEngine({ pool, emit: emitter(jobs, webhookListeners(deps.db)) }, on('review recovery')),
    startSweeper(() => sweepReferrals(pool, emitter(jobs, webhookListeners(deps.db))), {
      intervalMs: 60_000,
      ...on('referral rewards'),
    }),
    startAuditSchedules(pool, on('audit schedules')),
    startRefreshers(pool, on('training refreshers')),
    startSweeper(
      async () => void (await pollGoogle({ db: deps.db, pool, emit: emitter(jobs, webhookListeners(deps.db)) })),
      { intervalMs: 60_000, ...on('Google reviews') },
    ),
    startConnectorSweep(deps.db, on('connector syncs')),
    ...startRecognition(pool, on('recognition')),
    startSweeper(async () => void (await queueGestureNotices(pool, jobs)), {
      intervalMs: 5_000,
      ...on('gesture notices'),
    }),
  ];
  return { stop: async () => void (await Promise.all(sweepers.map((s) => s.stop().catch(() => {})))) };
}

/**
 * Runs the counting sweepers (labels, metric, segment, purchase and RFM rollups) until no response
 * waits to be counted, so a command that loads data (the demo) hands over whole figures. A running
 * server's sweepers may hold some rows meanwhile (SKIP LOCKED): we wait for those too.
 */
export async function catchUpFigures(pool: pg.Pool, timeoutMs = 300_000): Promise<void> {
  const idle = { intervalMs: 2 ** 31 - 1 };
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const start of [
      startTextLabelling,
      startRollups,
      startPurchaseRollups,
      startSegmentRefresh,
      startSegmentRollups,
      startRfmRollups,
    ]) {
      const sweeper = start(pool, idle);
      try {
        await sweeper.runOnce();
      } finally {
        await sweeper.stop();
      }
    }
    const { rows } = await pool.query<{ waiting: boolean }>(
      "select exists (select 1 from responses where rolled_up_at is null and status = 'complete') as waiting",
    );
    if (!rows[0]?.waiting) return;
    if (Date.now() > until) throw new Error('responses are still waiting to be counted');
    await new Promise((r) => setTimeout(r, 500));
  }
}
