import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { startSweeper } from '../../platform/jobs/sweeper.ts';
import { nextRunDue } from './cadence.ts';
import { openRun } from './pulse.service.ts';
import { linkBase } from '../orgs/index.ts';

export const CADENCE_INTERVAL_MS = 10 * 60_000;
const RUN_DAYS = 14;

/**
 * Opens the runs that are due on each active pulse survey's cadence. A survey's row is locked
 * (FOR NO KEY UPDATE SKIP LOCKED: the new run may still reference it) while its run is opened, so
 * two processes never send the same month twice.
 */
export async function openDueRuns(
  deps: { db: Db; pool: pg.Pool; jobs: Jobs; baseUrl: () => string },
  now = new Date(),
) {
  const client = await deps.pool.connect();
  let opened = 0;
  try {
    await client.query('begin');
    const { rows } = await client.query<{
      id: string;
      org_id: string;
      cadence: 'monthly' | 'quarterly';
      created_at: Date;
      last: Date | null;
    }>(`
      select s.id, s.org_id, s.cadence, s.created_at, (select max(opened_at) from pulse_runs r where r.org_id = s.org_id and r.survey_id = s.id) as last
        from pulse_surveys s where s.active for no key update of s skip locked`);
    for (const s of rows) {
      if (nextRunDue(s.cadence, s.last, s.created_at) > now) continue;
      const actor: Actor = { orgId: s.org_id, role: 'owner', staffId: null, locationIds: [], via: 'api_key' };
      await openRun(deps, actor, s.id, RUN_DAYS, await linkBase(deps.db, s.org_id, deps.baseUrl()));
      opened++;
    }
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
  return opened;
}

export const startPulseCadence = (
  deps: { db: Db; pool: pg.Pool; jobs: Jobs; baseUrl: () => string },
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
) =>
  startSweeper(async () => void (await openDueRuns(deps)), {
    intervalMs: opts.intervalMs ?? CADENCE_INTERVAL_MS,
    ...opts,
  });
