import type pg from 'pg';
import { startDigests } from '../modules/analytics/digest.ts';
import { startRebuilds } from '../modules/analytics/rebuild.ts';
import { startRollups } from '../modules/analytics/rollup.ts';
import { startSegmentRollups } from '../modules/analytics/segment-rollup.ts';
import { startCaseEngine } from '../modules/cases/case-engine.ts';
import { startRecoveryEngine } from '../modules/reviews/recovery-engine.ts';
import { sweepReferrals } from '../modules/referrals/referrals.service.ts';
import { startRecognition } from '../modules/recognition/index.ts';
import { startSweeper } from '../platform/jobs/sweeper.ts';
import { startPurchaseRollups } from '../modules/retention/purchases-rollup.ts';
import { startRfmRollups } from '../modules/retention/rfm-rollup.ts';
import { startSegmentRefresh } from '../modules/retention/segments.ts';
import { startPulseCadence } from '../modules/pulse/pulse-cadence.ts';
import { startTextLabelling } from '../modules/text/labelling.ts';
import { webhookListeners } from '../modules/webhooks/subscriptions.ts';
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
    startSweeper(() => sweepReferrals(pool), { intervalMs: 60_000, ...on('referral rewards') }),
    ...startRecognition(pool, on('recognition')),
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
